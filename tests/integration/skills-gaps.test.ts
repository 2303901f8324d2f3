import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getCountryGapMap, getSurveyGapMap } from "@/lib/skills/gaps/queries";
import {
  addRespondent,
  addRespondents,
  makeSkillFramework,
  makeSurvey,
} from "../factories/skills-gaps";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

/** The hand-computed example of lib/skills/gaps/rules.test.ts, answered by five enablers. */
const EXAMPLE: [number, number][] = [
  [5, 1],
  [4, 2],
  [5, 3],
  [3, 4],
  [4, 2],
];

async function surveyedCountry(countryCode: string, framework: { id: string }) {
  const creator = await makeActor("PARTNER", { countryCode });
  const wise = await makeProfiledWise({ countryCode, totalEmployees: 30 });
  const survey = await makeSurvey({
    frameworkId: framework.id,
    createdById: creator.id,
    wiseIds: [wise.id],
    countryCode,
  });
  return { wise, survey, partner: creator };
}

async function setUp() {
  const framework = await makeSkillFramework([
    { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
    { code: "ENABLER_STRATEGY", group: "ENABLER", area: "MANAGEMENT" },
  ]);
  const ro = await surveyedCountry("RO", framework);
  for (const [importance, mastery] of EXAMPLE) {
    await addRespondent({
      surveyId: ro.survey.id,
      wiseId: ro.wise.id,
      group: "ENABLER",
      answers: { DIGCOMP_1_1: [importance, mastery, 5] },
    });
  }
  // "Not part of my job" leaves both means; four who rated strategy are too few to show it.
  await addRespondent({
    surveyId: ro.survey.id,
    wiseId: ro.wise.id,
    group: "ENABLER",
    answers: { DIGCOMP_1_1: "NA" },
  });
  await addRespondents(4, {
    surveyId: ro.survey.id,
    wiseId: ro.wise.id,
    group: "ENABLER",
    answers: { ENABLER_STRATEGY: [5, 1] },
  });
  const be = await surveyedCountry("BE", framework);
  await addRespondents(5, {
    surveyId: be.survey.id,
    wiseId: be.wise.id,
    group: "ENABLER",
    answers: { DIGCOMP_1_1: [2, 4], ENABLER_STRATEGY: [5, 2] },
  });
  return { ro, be };
}

describe("the gap map in SQL", () => {
  beforeEach(resetDatabase);

  it("gives the hand-computed gap and Borich score, without 'not part of my job'", async () => {
    const { ro } = await setUp();
    const map = await getSurveyGapMap(ro.partner, ro.survey.id, {});
    const enablers = map?.groups.find((group) => group.group === "ENABLER");
    const skill = enablers?.skills.find((s) => s.code === "DIGCOMP_1_1");
    expect(skill?.respondents).toBe(5);
    expect(skill?.meanImportance).toBeCloseTo(4.2, 10);
    expect(skill?.meanFuture).toBeCloseTo(5, 10);
    expect(skill?.meanMastery).toBeCloseTo(43 / 15, 10);
    expect(skill?.gap).toBeCloseTo(4 / 3, 10);
    expect(skill?.mwds).toBeCloseTo(5.6, 10);
    expect(skill?.rank).toBe(1);
  });

  it("does not show a skill or a heatmap cell resting on fewer than five respondents", async () => {
    const { ro } = await setUp();
    const map = await getSurveyGapMap(ro.partner, ro.survey.id, {});
    const enablers = map?.groups.find((group) => group.group === "ENABLER");
    expect(enablers?.skills.map((s) => s.code)).toEqual(["DIGCOMP_1_1"]);
    expect(enablers?.hiddenSkills).toBe(1);
    expect(map?.heatmap.cells["ENABLER|MANAGEMENT"]?.gap).toBeNull();
    expect(map?.heatmap.cells["ENABLER|DIGITAL_INFORMATION"]?.gap).toBeCloseTo(4 / 3, 10);
  });

  it("cuts by size band and answering mode", async () => {
    const { ro } = await setUp();
    const large = await getSurveyGapMap(ro.partner, ro.survey.id, { size: "LARGE" });
    expect(large?.groups).toEqual([]);
    const small = await getSurveyGapMap(ro.partner, ro.survey.id, { size: "SMALL" });
    expect(small?.groups.map((g) => g.group)).toEqual(["ENABLER"]);
    const interviewed = await getSurveyGapMap(ro.partner, ro.survey.id, { mode: "INTERVIEWER" });
    expect(interviewed?.groups).toEqual([]);
  });
});

describe("country scope of the gap maps", () => {
  beforeEach(resetDatabase);

  it("a Romanian partner sees Romania's map only, whatever country the address asks for", async () => {
    const { ro } = await setUp();
    const map = await getCountryGapMap(ro.partner, { country: "BE" });
    expect(map.country).toBe("RO");
    expect(map.europe).toBe(false);
    const skill = map.groups[0]?.skills.find((s) => s.code === "DIGCOMP_1_1");
    expect(skill?.gap).toBeCloseTo(4 / 3, 10);
    expect(map.groups[0]?.skills.map((s) => s.code)).toEqual(["DIGCOMP_1_1"]);
  });

  it("a Romanian partner may not open a Belgian survey's gap map", async () => {
    const { ro, be } = await setUp();
    await expect(getSurveyGapMap(ro.partner, be.survey.id, {})).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await getSurveyGapMap(ro.partner, "no-such-survey", {})).toBeNull();
  });

  it("an admin sees Europe, with a heatmap by country, and any one country", async () => {
    const { be } = await setUp();
    const admin = await makeActor("ADMIN");
    const europe = await getCountryGapMap(admin, {});
    expect(europe.europe).toBe(true);
    expect(europe.heatmap.rowKeys.sort()).toEqual(["BE", "RO"]);
    // Pooled: four Romanians and five Belgians rated the strategy skill.
    const strategy = europe.groups[0]?.skills.find((s) => s.code === "ENABLER_STRATEGY");
    expect(strategy?.respondents).toBe(9);
    const belgium = await getCountryGapMap(admin, { country: "BE" });
    expect(belgium.groups[0]?.respondents).toBe(5);
    expect(be.survey.countryCode).toBe("BE");
  });

  it("refuses a participant", async () => {
    await setUp();
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    await expect(getCountryGapMap(participant, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
