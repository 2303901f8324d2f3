import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { StaffGroup, SurveyStatus } from "@/lib/generated/prisma/enums";
import { formatChangeId } from "@/lib/skills/answers/change-id";
import { hashResumeToken, RESPONDENT } from "@/lib/skills/answers/resume-token";
import { startSurveyResponse } from "@/lib/skills/answers/start-mutations";

let sequence = 0;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A small framework of the answering engineer's own (until the real one is seeded): per group
 * two skills of its own area and one DigComp competence, with English and Romanian wording and
 * the workers' easy-read sentences.
 */
export async function makeSmallFramework() {
  sequence += 1;
  const framework = await db.skillFramework.create({
    // A random part: e2e specs run this in parallel processes, each counting from 0.
    data: { name: `Test framework ${sequence} ${randomUUID().slice(0, 8)}`, version: 1 },
  });
  const plan: {
    group: StaffGroup;
    code: string;
    area: "MANAGEMENT" | "SUPPORT" | "WORK" | "DIGITAL_SAFETY";
    en: string;
    ro: string;
    easy?: string;
  }[] = [
    {
      group: "ENABLER",
      code: "ENABLER_STRATEGY",
      area: "MANAGEMENT",
      en: "Setting objectives and strategy",
      ro: "Stabilirea obiectivelor și a strategiei",
    },
    {
      group: "ENABLER",
      code: "ENABLER_SCHEDULING",
      area: "MANAGEMENT",
      en: "Organising and scheduling work",
      ro: "Organizarea și planificarea muncii",
    },
    {
      group: "ENABLER",
      code: "DIGCOMP_4_2",
      area: "DIGITAL_SAFETY",
      en: "Protecting personal data and privacy",
      ro: "Protejarea datelor personale și a vieții private",
    },
    {
      group: "SUPPORTER",
      code: "SUPPORTER_TEACHING",
      area: "SUPPORT",
      en: "Teaching workers their tasks",
      ro: "Învățarea lucrătorilor să își facă sarcinile",
    },
    {
      group: "SUPPORTER",
      code: "SUPPORTER_MONITORING",
      area: "SUPPORT",
      en: "Following a worker's progress",
      ro: "Urmărirea progresului unui lucrător",
    },
    {
      group: "SUPPORTER",
      code: "DIGCOMP_4_2",
      area: "DIGITAL_SAFETY",
      en: "Protecting personal data and privacy",
      ro: "Protejarea datelor personale și a vieții private",
    },
    {
      group: "WORKER",
      code: "WORKER_TEAMWORK",
      area: "WORK",
      en: "Working in a team",
      ro: "Lucrul în echipă",
      easy: "I work well with others.",
    },
    {
      group: "WORKER",
      code: "WORKER_INSTRUCTIONS",
      area: "WORK",
      en: "Following instructions",
      ro: "Respectarea instrucțiunilor",
      easy: "I do what the task asks.",
    },
    {
      group: "WORKER",
      code: "DIGCOMP_4_2",
      area: "DIGITAL_SAFETY",
      en: "Protecting personal data and privacy",
      ro: "Protejarea datelor personale",
      easy: "I keep my passwords secret.",
    },
  ];
  for (const [position, skill] of plan.entries()) {
    await db.skill.create({
      data: {
        frameworkId: framework.id,
        code: skill.code,
        group: skill.group,
        area: skill.area,
        position,
        texts: {
          create: [
            { locale: "en", name: skill.en, easyRead: skill.easy ?? null },
            { locale: "ro", name: skill.ro, easyRead: skill.easy ? `RO: ${skill.easy}` : null },
          ],
        },
      },
    });
  }
  return framework;
}

/**
 * An OPEN survey (by default) of one Romanian WISE with a link per staff group, codes
 * `<prefix>E`, `<prefix>S`, `<prefix>W`.
 */
export async function makeAnswerableSurvey(
  options: {
    status?: SurveyStatus;
    countryCode?: string;
    opensInDays?: number;
    createdById?: string;
  } = {},
) {
  sequence += 1;
  const countryCode = options.countryCode ?? "RO";
  const framework = await makeSmallFramework();
  const creator =
    options.createdById ??
    (
      await db.user.create({
        data: {
          email: `survey-owner-${sequence}-${randomUUID()}@test.example`,
          name: "Owner",
          role: "PARTNER",
          countryCode,
        },
      })
    ).id;
  const wise = await db.wise.create({
    data: { name: `Atelier ${sequence} ${randomUUID().slice(0, 6)}`, countryCode },
  });
  const now = Date.now();
  const opensAt = new Date(now + (options.opensInDays ?? -1) * DAY);
  const survey = await db.survey.create({
    data: {
      title: `Staff skills ${sequence}`,
      countryCode,
      frameworkId: framework.id,
      opensAt,
      closesAt: new Date(now + 30 * DAY),
      status: options.status ?? "OPEN",
      createdById: creator,
      wises: { create: [{ wiseId: wise.id }] },
    },
    include: { wises: true },
  });
  const surveyWiseId = survey.wises[0]?.id as string;
  const prefix = `T${sequence}${randomUUID().slice(0, 4).toUpperCase()}`;
  const codes = { ENABLER: `${prefix}E`, SUPPORTER: `${prefix}S`, WORKER: `${prefix}W` } as const;
  for (const group of ["ENABLER", "SUPPORTER", "WORKER"] as const) {
    await db.surveyLink.create({ data: { surveyWiseId, group, code: codes[group] } });
  }
  const skills = await db.skill.findMany({
    where: { frameworkId: framework.id },
    orderBy: { position: "asc" },
    select: { id: true, group: true, code: true },
  });
  const skillsOf = (group: StaffGroup) => skills.filter((skill) => skill.group === group);
  return { survey, wise, framework, codes, skillsOf };
}

/** Consent through the real command: the token the cookie would hold, and the response's id. */
export async function consent(code: string, address = "203.0.113.9") {
  const result = await startSurveyResponse(RESPONDENT, {
    code,
    consent: "yes",
    locale: "en",
    address,
  });
  if (!result.ok) throw new Error(`consent refused: ${result.message}`);
  const response = await db.surveyResponse.findUniqueOrThrow({
    where: { resumeTokenHash: hashResumeToken(result.data.token) },
    select: { id: true },
  });
  return { token: result.data.token, responseId: response.id };
}

let changeSequence = 1_700_000_000_000;
/** A change id later than every one made before in this process. */
export function nextChangeId(): string {
  changeSequence += 1;
  return formatChangeId(changeSequence, randomUUID());
}
