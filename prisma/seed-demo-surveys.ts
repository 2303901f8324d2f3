/**
 * Demo skills surveys (issue 11): a closed Romanian survey of the București focus group's WISEs,
 * answered by enough invented respondents to draw a gap map (at least 6 per staff group in two
 * WISEs, one worker interviewed face to face), and an open survey with fixed demo codes that
 * anyone signed in as the demo participant (or nobody at all) can answer. Answers are drawn from
 * a seeded generator, so every installation gets the same demo data.
 */
import { createHash } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type {
  AnswerMode,
  SkillBarrier,
  StaffGroup,
  TrainingFormat,
} from "../lib/generated/prisma/enums";
import { newLinkCode } from "../lib/skills/surveys/codes";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const GROUPS: StaffGroup[] = ["ENABLER", "SUPPORTER", "WORKER"];
const FOCUS_GROUP_TITLE = "Focus grup București: modele de întreprinderi sociale de inserție";
/** The open survey's codes, printed in README.md so that the answering pages can be tried at once. */
export const DEMO_OPEN_SURVEY_CODES: Record<StaffGroup, string> = {
  ENABLER: "DEMXENAB",
  SUPPORTER: "DEMXSUPP",
  WORKER: "DEMXWRKR",
};

/** mulberry32: a small seeded generator, good enough for demo answers. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, Math.round(value)));

/** Where a group stands on average: high importance of its own skills, weaker digital mastery. */
const PROFILE: Record<
  StaffGroup,
  { ownImportance: number; digitalImportance: number; ownMastery: number; digitalMastery: number }
> = {
  ENABLER: { ownImportance: 4.4, digitalImportance: 3.9, ownMastery: 3.0, digitalMastery: 2.7 },
  SUPPORTER: { ownImportance: 4.5, digitalImportance: 3.4, ownMastery: 2.9, digitalMastery: 2.3 },
  WORKER: { ownImportance: 4.0, digitalImportance: 2.9, ownMastery: 2.7, digitalMastery: 1.8 },
};

/** Skills a respondent of the group may well say are not part of their job, and how often. */
function notPartOfJobChance(group: StaffGroup, code: string): number {
  if (code === "DIGCOMP_3_4") return group === "ENABLER" ? 0.3 : 0.6;
  if (group === "WORKER" && (code.startsWith("DIGCOMP_3_") || code === "DIGCOMP_2_3")) return 0.3;
  if (code === "ENABLER_FUNDRAISING" || code === "SUPPORTER_EMPLOYER_LIAISON") return 0.2;
  return 0.03;
}

const NEEDS: Record<StaffGroup, string[]> = {
  ENABLER: [
    "Un curs scurt despre facturarea electronică și arhivarea în cloud.",
    "Cum să folosim datele de vânzări pentru a planifica producția.",
  ],
  SUPPORTER: [
    "Materiale ușor de citit pentru instruirea la locul de muncă.",
    "Aplicații care ajută lucrătorii să-și urmărească sarcinile zilnice.",
  ],
  WORKER: ["Să învăț să folosesc telefonul pentru programări.", "Să lucrez cu tableta la casă."],
};
const BARRIERS: SkillBarrier[] = [
  "COST",
  "EQUIPMENT",
  "TIME",
  "NO_SUITABLE_TRAINING",
  "ACCESSIBILITY",
];
const FORMATS: TrainingFormat[] = ["CLASSROOM", "ONLINE", "BLENDED", "ON_THE_JOB"];

type Skill = { id: string; code: string; group: StaffGroup; digCompRef: string | null };

async function answerLink(
  tx: Tx,
  link: { id: string; group: StaffGroup },
  skills: Skill[],
  options: { respondents: number; wiseOffset: number; random: () => number; closedAt: Date },
) {
  const { random } = options;
  const profile = PROFILE[link.group];
  for (let index = 0; index < options.respondents; index += 1) {
    const mode: AnswerMode =
      link.group !== "WORKER" ? "SELF" : index === 0 ? "INTERVIEWER" : "EASY_READ";
    // Each person leans a little above or below their group: answers are not all alike.
    const personal = (random() - 0.5) * 1.2;
    const barriers = BARRIERS.filter(() => random() < 0.3);
    const response = await tx.surveyResponse.create({
      data: {
        linkId: link.id,
        resumeTokenHash: createHash("sha256")
          .update(`${link.id}:${index}:${random()}`)
          .digest("hex"),
        mode,
        locale: "ro",
        consentedAt: new Date(options.closedAt.getTime() - (10 + index) * 86_400_000),
        submittedAt: new Date(options.closedAt.getTime() - (9 + index) * 86_400_000),
        barriers,
        preferredFormat: FORMATS[Math.floor(random() * FORMATS.length)],
        needText: random() < 0.4 ? NEEDS[link.group][index % NEEDS[link.group].length] : null,
      },
      select: { id: true },
    });
    const rows = skills.map((skill) => {
      if (random() < notPartOfJobChance(link.group, skill.code)) {
        return { responseId: response.id, skillId: skill.id, notPartOfJob: true };
      }
      const digital = skill.digCompRef !== null;
      const importance = digital ? profile.digitalImportance : profile.ownImportance;
      const mastery = digital ? profile.digitalMastery : profile.ownMastery;
      const importanceNow = clamp(importance + (random() - 0.5) * 2, 1, 5);
      return {
        responseId: response.id,
        skillId: skill.id,
        importanceNow,
        // Digital skills matter more in five years, as the focus groups expected.
        importanceFuture: clamp(importanceNow + (digital ? 0.4 + random() : random() - 0.3), 1, 5),
        mastery: clamp(mastery + options.wiseOffset + personal + (random() - 0.5) * 1.6, 1, 4),
      };
    });
    await tx.skillAnswer.createMany({ data: rows });
  }
}

export async function seedDemoSurveys(
  tx: Tx,
  frameworkId: string,
  people: { partnerRoId: string; facilitatorId: string },
) {
  const session = await tx.focusGroupSession.findFirstOrThrow({
    where: { title: FOCUS_GROUP_TITLE },
    select: {
      id: true,
      agendaItems: { orderBy: { position: "asc" }, select: { wiseId: true } },
    },
  });
  const wiseIds = session.agendaItems.map((item) => item.wiseId);
  const skills = await tx.skill.findMany({
    where: { frameworkId },
    orderBy: { position: "asc" },
    select: { id: true, code: true, group: true, digCompRef: true },
  });
  const closedAt = new Date("2026-11-21T00:00:00Z");
  const answered = await tx.survey.create({
    data: {
      title: "Competențe digitale ale personalului WISE – toamna 2026",
      countryCode: "RO",
      frameworkId,
      sessionId: session.id,
      opensAt: new Date("2026-11-01T22:00:00Z"),
      closesAt: closedAt,
      status: "CLOSED",
      createdById: people.partnerRoId,
      wises: {
        create: wiseIds.map((wiseId) => ({
          wiseId,
          links: { create: GROUPS.map((group) => ({ group, code: newLinkCode() })) },
        })),
      },
    },
    select: { wises: { select: { wiseId: true, links: { select: { id: true, group: true } } } } },
  });
  const random = generator(2026);
  // Two WISEs answered well (8 and 6 a group), the third hardly (too few to show on its own).
  const plan = [
    { respondents: 8, wiseOffset: 0.2 },
    { respondents: 2, wiseOffset: 0 },
    { respondents: 6, wiseOffset: -0.3 },
  ];
  for (const [index, surveyWise] of answered.wises.entries()) {
    for (const link of surveyWise.links) {
      await answerLink(
        tx,
        link,
        skills.filter((skill) => skill.group === link.group),
        {
          ...plan[index % plan.length],
          random,
          closedAt,
        },
      );
    }
  }

  const now = Date.now();
  await tx.survey.create({
    data: {
      title: "Chestionar de competențe – primăvara 2027",
      countryCode: "RO",
      frameworkId,
      sessionId: session.id,
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 90 * 86_400_000),
      status: "OPEN",
      createdById: people.facilitatorId,
      wises: {
        create: wiseIds.map((wiseId, index) => ({
          wiseId,
          links: {
            create: GROUPS.map((group) => ({
              group,
              // The first WISE's codes are fixed so that README.md can name them.
              code: index === 0 ? DEMO_OPEN_SURVEY_CODES[group] : newLinkCode(),
            })),
          },
        })),
      },
    },
  });
}
