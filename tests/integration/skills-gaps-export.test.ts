import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { buildGapExport } from "@/lib/skills/gaps/export";
import { addRespondents, makeSkillFramework, makeSurvey } from "../factories/skills-gaps";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

/** A Romanian survey of a WISE with five enablers and one with three; a Belgian one with five. */
async function setUp() {
  const framework = await makeSkillFramework([
    { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
  ]);
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const big = await makeProfiledWise({ countryCode: "RO", name: "Atelier Mare" });
  const small = await makeProfiledWise({ countryCode: "RO", name: "Atelier Mic" });
  const survey = await makeSurvey({
    frameworkId: framework.id,
    createdById: partner.id,
    wiseIds: [big.id, small.id],
  });
  const answers = { DIGCOMP_1_1: [5, 2] as [number, number] };
  await addRespondents(5, { surveyId: survey.id, wiseId: big.id, group: "ENABLER", answers });
  await addRespondents(3, { surveyId: survey.id, wiseId: small.id, group: "ENABLER", answers });
  const belgian = await makeProfiledWise({ countryCode: "BE", name: "Atelier Belge" });
  const beSurvey = await makeSurvey({
    frameworkId: framework.id,
    createdById: partner.id,
    wiseIds: [belgian.id],
    countryCode: "BE",
  });
  await addRespondents(5, { surveyId: beSurvey.id, wiseId: belgian.id, group: "ENABLER", answers });
  return { partner, survey, beSurvey };
}

const text = (body: string | Uint8Array | undefined) =>
  typeof body === "string" ? body : new TextDecoder().decode(body);

describe("the gap map's files", () => {
  beforeEach(resetDatabase);

  it("names a WISE in answer rows only where its group has five respondents", async () => {
    const { partner, survey } = await setUp();
    const file = await buildGapExport(
      partner,
      new URLSearchParams({ survey: survey.id, kind: "answers", format: "csv" }),
      "en",
    );
    const csv = text(file?.body);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 8);
    expect(lines.filter((line) => line.includes("Atelier Mare"))).toHaveLength(5);
    expect(csv).not.toContain("Atelier Mic");
    expect(file?.disposition).toContain(".csv");
  });

  it("exports a partner's own country only, and refuses another country's survey", async () => {
    const { partner, beSurvey } = await setUp();
    const file = await buildGapExport(
      partner,
      new URLSearchParams({ kind: "answers", country: "BE" }),
      "en",
    );
    expect(text(file?.body)).not.toContain("Atelier Belge");
    expect(text(file?.body)).toContain("Atelier Mare");
    await expect(
      buildGapExport(partner, new URLSearchParams({ survey: beSurvey.id }), "en"),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("writes the aggregates (small cells left out) and a PDF of the map", async () => {
    const { partner, survey } = await setUp();
    const aggregates = await buildGapExport(
      partner,
      new URLSearchParams({ survey: survey.id, kind: "aggregates", format: "csv" }),
      "ro",
    );
    const lines = text(aggregates?.body).trim().split("\r\n");
    expect(lines[0]).toContain("Scor Borich");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("DIGCOMP_1_1");
    const pdf = await buildGapExport(
      partner,
      new URLSearchParams({ survey: survey.id, kind: "pdf" }),
      "ro",
    );
    expect(text(pdf?.body).slice(0, 5)).toBe("%PDF-");
  });
});
