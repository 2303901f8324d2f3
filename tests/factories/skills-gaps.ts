import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { AnswerMode, SkillArea, StaffGroup } from "@/lib/generated/prisma/enums";

let sequence = 0;

export type FactorySkill = { code: string; group: StaffGroup; area: SkillArea; name?: string };

/** A small framework of its own (SK1's seed is not needed for the gap map's tests). */
export async function makeSkillFramework(skills: readonly FactorySkill[]) {
  sequence += 1;
  return db.skillFramework.create({
    data: {
      name: `Test framework ${sequence}-${randomUUID().slice(0, 6)}`,
      version: 1,
      skills: {
        create: skills.map((skill, position) => ({
          code: skill.code,
          group: skill.group,
          area: skill.area,
          position,
          texts: { create: [{ locale: "en", name: skill.name ?? `Skill ${skill.code}` }] },
        })),
      },
    },
    include: { skills: true },
  });
}

/** A survey of the given WISEs, each with one link per staff group. */
export async function makeSurvey(input: {
  frameworkId: string;
  createdById: string;
  wiseIds: readonly string[];
  countryCode?: string;
  sessionId?: string;
  title?: string;
}) {
  sequence += 1;
  const groups: StaffGroup[] = ["ENABLER", "SUPPORTER", "WORKER"];
  return db.survey.create({
    data: {
      title: input.title ?? `Skills survey ${sequence}`,
      countryCode: input.countryCode ?? "RO",
      frameworkId: input.frameworkId,
      sessionId: input.sessionId,
      createdById: input.createdById,
      opensAt: new Date("2026-01-01T00:00:00Z"),
      closesAt: new Date("2026-12-31T00:00:00Z"),
      status: "OPEN",
      wises: {
        create: input.wiseIds.map((wiseId) => ({
          wiseId,
          links: {
            create: groups.map((group) => ({
              group,
              code: `T${sequence}${randomUUID().slice(0, 8)}`.toUpperCase(),
            })),
          },
        })),
      },
    },
    include: { wises: { include: { links: true } } },
  });
}

/** importance now, mastery (1-4), importance in five years; or "NA" for "not part of my job". */
export type FactoryAnswer = [number, number, number?] | "NA";

/** One anonymous respondent of a WISE's group link with their answers by skill code. */
export async function addRespondent(input: {
  surveyId: string;
  wiseId: string;
  group: StaffGroup;
  answers: Record<string, FactoryAnswer>;
  mode?: AnswerMode;
}) {
  const link = await db.surveyLink.findFirstOrThrow({
    where: { group: input.group, surveyWise: { surveyId: input.surveyId, wiseId: input.wiseId } },
    select: { id: true, surveyWise: { select: { survey: { select: { frameworkId: true } } } } },
  });
  const skills = await db.skill.findMany({
    where: { frameworkId: link.surveyWise.survey.frameworkId, group: input.group },
    select: { id: true, code: true },
  });
  const idOf = new Map(skills.map((skill) => [skill.code, skill.id]));
  return db.surveyResponse.create({
    data: {
      linkId: link.id,
      resumeTokenHash: randomUUID(),
      mode: input.mode ?? "SELF",
      locale: "en",
      consentedAt: new Date(),
      submittedAt: new Date(),
      answers: {
        create: Object.entries(input.answers).map(([code, answer]) => {
          const skillId = idOf.get(code);
          if (!skillId) throw new Error(`No skill ${code} for ${input.group}`);
          return answer === "NA"
            ? { skillId, notPartOfJob: true }
            : {
                skillId,
                importanceNow: answer[0],
                mastery: answer[1],
                importanceFuture: answer[2] ?? null,
              };
        }),
      },
    },
  });
}

/** Several respondents answering alike: the same answers `count` times. */
export async function addRespondents(
  count: number,
  input: Parameters<typeof addRespondent>[0],
): Promise<void> {
  for (let i = 0; i < count; i++) await addRespondent(input);
}
