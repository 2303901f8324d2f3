import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import type {
  SkillBarrier,
  StaffGroup,
  SurveyStatus,
  TrainingFormat,
} from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation/zod";
import { hashResumeToken } from "./resume-token";
import { surveyAvailability } from "./rules";
import { type ProfileChange, type SkillChange, SurveyChangeSchema } from "./schemas";

const SaveSchema = z.object({
  /** The resume cookie's value (set by the route handler, never from the body). */
  token: z.string().min(1).max(200),
  /** The link the request was addressed to (/api/survey/<code>/...). */
  code: z.string().min(1).max(32),
  change: SurveyChangeSchema,
});

export type SavedSkill = {
  kind: "skill";
  skillId: string;
  importanceNow: number | null;
  importanceFuture: number | null;
  mastery: number | null;
  notPartOfJob: boolean;
};
export type SavedProfile = {
  kind: "profile";
  barriers: SkillBarrier[];
  preferredFormat: TrainingFormat | null;
  needText: string | null;
  submitted: boolean;
};

/**
 * What the server holds after the change, and whether this change was the one that put it there
 * (`applied: false`: it had been applied before, or a newer change already was).
 */
export type SaveOutcome = { saved: SavedSkill | SavedProfile; applied: boolean };

type Context = {
  responseId: string;
  code: string;
  group: StaffGroup;
  frameworkId: string;
  status: SurveyStatus;
  opensAt: Date;
  closesAt: Date;
};

/** The response the token belongs to, with what the save must check, in one query. */
async function readContext(token: string): Promise<Context | null> {
  const [row] = await db.$queryRaw<Context[]>`
    SELECT r.id AS "responseId", l.code, l."group", s."frameworkId", s.status, s."opensAt", s."closesAt"
    FROM "SurveyResponse" r
    JOIN "SurveyLink" l ON l.id = r."linkId"
    JOIN "SurveyWise" sw ON sw.id = l."surveyWiseId"
    JOIN "Survey" s ON s.id = sw."surveyId"
    WHERE r."resumeTokenHash" = ${hashResumeToken(token)}`;
  return row ?? null;
}

async function saveSkill(context: Context, change: SkillChange): Promise<SaveOutcome> {
  // One statement: inserted, or updated only by a change that sorts after the last one applied
  // (change-id.ts); a skill outside the link's group and framework version inserts nothing.
  const written = await db.$queryRaw<{ skillId: string }[]>`
    INSERT INTO "SkillAnswer" ("responseId", "skillId", "importanceNow", "importanceFuture",
                               mastery, "notPartOfJob", "lastChangeId", "updatedAt")
    SELECT ${context.responseId}, k.id, ${change.importanceNow}::smallint,
           ${change.importanceFuture}::smallint, ${change.mastery}::smallint,
           ${change.notPartOfJob}, ${change.changeId}, now()
    FROM "Skill" k
    WHERE k.id = ${change.skillId} AND k."frameworkId" = ${context.frameworkId}
      AND k."group" = ${context.group}::"StaffGroup"
    ON CONFLICT ("responseId", "skillId") DO UPDATE SET
      "importanceNow" = EXCLUDED."importanceNow",
      "importanceFuture" = EXCLUDED."importanceFuture",
      mastery = EXCLUDED.mastery,
      "notPartOfJob" = EXCLUDED."notPartOfJob",
      "lastChangeId" = EXCLUDED."lastChangeId",
      "updatedAt" = now()
    WHERE "SkillAnswer"."lastChangeId" IS NULL
       OR "SkillAnswer"."lastChangeId" COLLATE "C" < EXCLUDED."lastChangeId" COLLATE "C"
    RETURNING "skillId"`;
  const stored = await db.skillAnswer.findUnique({
    where: { responseId_skillId: { responseId: context.responseId, skillId: change.skillId } },
    select: { importanceNow: true, importanceFuture: true, mastery: true, notPartOfJob: true },
  });
  if (!stored) throw new DomainError(400, "surveySkillUnknown", "skillId");
  return {
    saved: { kind: "skill", skillId: change.skillId, ...stored },
    applied: written.length > 0,
  };
}

async function saveProfile(context: Context, change: ProfileChange): Promise<SaveOutcome> {
  const written = await db.$executeRaw`
    UPDATE "SurveyResponse" SET
      barriers = ${change.barriers}::text[]::"SkillBarrier"[],
      "preferredFormat" = ${change.preferredFormat}::"TrainingFormat",
      "needText" = ${change.needText},
      "submittedAt" = CASE WHEN ${change.submitted} THEN COALESCE("submittedAt", now()) END,
      "lastChangeId" = ${change.changeId},
      "updatedAt" = now()
    WHERE id = ${context.responseId}
      AND ("lastChangeId" IS NULL OR "lastChangeId" COLLATE "C" < ${change.changeId} COLLATE "C")`;
  const stored = await db.surveyResponse.findUniqueOrThrow({
    where: { id: context.responseId },
    select: { barriers: true, preferredFormat: true, needText: true, submittedAt: true },
  });
  const { submittedAt, ...rest } = stored;
  return {
    saved: { kind: "profile", ...rest, submitted: submittedAt !== null },
    applied: written > 0,
  };
}

/**
 * `POST /api/survey/<code>/changes`: one change from the answering device, idempotent on its
 * change id and applied in the device's order. The token decides whose response it is, and it
 * must be a response of the link addressed; a closed survey takes nothing.
 * 403 "surveyResponseUnknown", 409 "surveyClosed", 400 "surveySkillUnknown".
 */
export const saveSurveyChange = defineCommand({
  schema: SaveSchema,
  // The token is the credential: checked in run, on the response it belongs to.
  authorize: () => {},
  run: async (_actor, input) => {
    const context = await readContext(input.token);
    if (!context || context.code !== input.code)
      throw new DomainError(403, "surveyResponseUnknown");
    if (input.change.responseId !== context.responseId)
      throw new DomainError(409, "surveyResponseReplaced");
    if (surveyAvailability(context, new Date()) !== "open")
      throw new DomainError(409, "surveyClosed");
    return input.change.kind === "skill"
      ? saveSkill(context, input.change)
      : saveProfile(context, input.change);
  },
  // A phone saves an answer every few seconds, and its respondent is anonymous by design.
  audit: {
    skip: "anonymous answers: each row keeps its last change id, and an entry would tie a respondent to a caller",
  },
});
