import "server-only";
import { db } from "@/lib/db";
import type {
  AnswerMode,
  SkillArea,
  SkillBarrier,
  StaffGroup,
  TrainingFormat,
} from "@/lib/generated/prisma/enums";
import { hashResumeToken } from "./resume-token";
import type { SkillAnswerState } from "./rules";

export type SurveySkillView = {
  id: string;
  area: SkillArea;
  name: string;
  /** The workers' plain sentence; null for other groups' skills (the name is shown instead). */
  easyRead: string | null;
};

export type SavedAnswer = SkillAnswerState & { skillId: string };

export type RespondentState = {
  responseId: string;
  mode: AnswerMode;
  barriers: SkillBarrier[];
  preferredFormat: TrainingFormat | null;
  needText: string | null;
  submitted: boolean;
  answers: SavedAnswer[];
};

/**
 * The group's skills in the survey's framework version, area by area, in the reader's language
 * (English where a wording is missing: it is always there).
 */
export async function listSurveySkills(
  frameworkId: string,
  group: StaffGroup,
  locale: string,
): Promise<SurveySkillView[]> {
  const skills = await db.skill.findMany({
    where: { frameworkId, group },
    orderBy: [{ area: "asc" }, { position: "asc" }],
    select: {
      id: true,
      area: true,
      texts: {
        where: { locale: { in: [locale, "en"] } },
        select: { locale: true, name: true, easyRead: true },
      },
    },
  });
  return skills.map((skill) => {
    const text =
      skill.texts.find((candidate) => candidate.locale === locale) ??
      skill.texts.find((candidate) => candidate.locale === "en");
    const fallback = skill.texts.find((candidate) => candidate.locale === "en");
    return {
      id: skill.id,
      area: skill.area,
      name: text?.name ?? fallback?.name ?? "",
      easyRead: text?.easyRead ?? fallback?.easyRead ?? null,
    };
  });
}

/**
 * The response the device's token belongs to, if it belongs to this very link: a token of another
 * link (or none) gives null, and the page asks for consent again.
 */
export async function getRespondentState(
  linkId: string,
  token: string | undefined,
): Promise<RespondentState | null> {
  if (!token) return null;
  const response = await db.surveyResponse.findUnique({
    where: { resumeTokenHash: hashResumeToken(token) },
    select: {
      id: true,
      linkId: true,
      mode: true,
      barriers: true,
      preferredFormat: true,
      needText: true,
      submittedAt: true,
      answers: {
        select: {
          skillId: true,
          importanceNow: true,
          importanceFuture: true,
          mastery: true,
          notPartOfJob: true,
        },
      },
    },
  });
  if (!response || response.linkId !== linkId) return null;
  return {
    responseId: response.id,
    mode: response.mode,
    barriers: response.barriers,
    preferredFormat: response.preferredFormat,
    needText: response.needText,
    submitted: response.submittedAt !== null,
    answers: response.answers,
  };
}
