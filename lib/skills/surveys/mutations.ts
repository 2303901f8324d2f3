import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { wallTimeToInstant } from "@/lib/dates/zoned-time";
import { db, type Prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { StaffGroup } from "@/lib/generated/prisma/enums";
import { STAFF_GROUPS } from "@/lib/skills/framework/definition";
import { getSurveyAccess } from "./access-queries";
import { surveySubject, surveyWiseSubject } from "./audit-subjects";
import { newLinkCode } from "./codes";
import { CreateSurveySchema, SurveyIdSchema, SurveyWiseIdSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The day after `day` ("2027-03-14" → "2027-03-15"), calendar arithmetic only. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Codes for every link of the new survey, none already taken (a clash is rare: retry once more). */
async function freshCodes(tx: Tx, count: number): Promise<string[]> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const codes = [...new Set(Array.from({ length: count }, newLinkCode))];
    if (codes.length < count) continue;
    const taken = await tx.surveyLink.count({ where: { code: { in: codes } } });
    if (taken === 0) return codes;
  }
  throw new Error("Could not draw unused survey link codes");
}

/** The focus group a survey is made from: its lead decides who may, its country must match. */
async function sessionOf(sessionId: string | undefined) {
  if (!sessionId) return null;
  const session = await db.focusGroupSession.findUnique({
    where: { id: sessionId },
    select: { facilitatorId: true, countryCode: true },
  });
  if (!session) throw new DomainError(404, "sessionNotFound", "sessionId");
  return session;
}

/**
 * Makes a survey of WISEs of one country, on the newest framework version, with one link per
 * WISE and staff group. It is issued OPEN and takes answers between its dates (rules.ts).
 */
export const createSurvey = defineCommand({
  schema: CreateSurveySchema,
  authorize: async (actor: Actor, input) => {
    const session = await sessionOf(input.sessionId);
    assertCan(actor, "survey.create", {
      countryCode: input.countryCode,
      createdById: null,
      sessionFacilitatorId: session?.facilitatorId ?? null,
    });
    if (session && session.countryCode !== input.countryCode) {
      throw new DomainError(400, "surveySessionOtherCountry", "sessionId");
    }
  },
  run: async (actor, input, tx) => {
    const wises = await tx.wise.findMany({
      where: { id: { in: input.wiseIds } },
      select: { id: true, countryCode: true },
    });
    if (wises.length !== input.wiseIds.length)
      throw new DomainError(404, "wiseNotFound", "wiseIds");
    if (wises.some((wise) => wise.countryCode !== input.countryCode)) {
      throw new DomainError(400, "surveyWiseOtherCountry", "wiseIds");
    }
    const framework = await tx.skillFramework.findFirst({
      orderBy: [{ version: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    });
    if (!framework) throw new DomainError(409, "skillFrameworkMissing");
    const { timeZone } = serverEnv();
    const codes = await freshCodes(tx, input.wiseIds.length * STAFF_GROUPS.length);
    const survey = await tx.survey.create({
      data: {
        title: input.title,
        countryCode: input.countryCode,
        frameworkId: framework.id,
        sessionId: input.sessionId ?? null,
        opensAt: wallTimeToInstant(`${input.opensOn}T00:00`, timeZone),
        closesAt: wallTimeToInstant(`${nextDay(input.closesOn)}T00:00`, timeZone),
        status: "OPEN",
        createdById: actor.id,
        wises: {
          create: input.wiseIds.map((wiseId, wiseIndex) => ({
            wiseId,
            links: {
              create: STAFF_GROUPS.map((group: StaffGroup, groupIndex) => ({
                group,
                code: codes[wiseIndex * STAFF_GROUPS.length + groupIndex],
              })),
            },
          })),
        },
      },
      select: { id: true },
    });
    return { surveyId: survey.id };
  },
  audit: {
    action: "survey.create",
    subject: surveySubject,
    createdId: (_, result) => result.surveyId,
  },
});

async function authorizeManage(actor: Actor, surveyId: string | null) {
  const access = surveyId ? await getSurveyAccess(surveyId) : null;
  if (!access) throw new DomainError(404, "surveyNotFound");
  assertCan(actor, "survey.manage", access);
}

async function surveyOfWise(surveyWiseId: string) {
  const row = await db.surveyWise.findUnique({
    where: { id: surveyWiseId },
    select: { surveyId: true },
  });
  return row?.surveyId ?? null;
}

/** Locks the survey row, so that a reminder and a close cannot cross. */
async function lockedStatus(tx: Tx, surveyId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Survey" WHERE id = ${surveyId} FOR UPDATE`;
  if (rows.length === 0) throw new DomainError(404, "surveyNotFound");
  return rows[0].status;
}

/**
 * Records that the WISE was reminded and returns what the reminder e-mail needs (the action
 * sends it after the transaction: a mail server's delay must not hold the survey's lock).
 */
export const remindSurveyWise = defineCommand({
  schema: SurveyWiseIdSchema,
  authorize: async (actor, input) => authorizeManage(actor, await surveyOfWise(input.surveyWiseId)),
  run: async (_actor, input, tx) => {
    const surveyId = await surveyOfWise(input.surveyWiseId);
    if (!surveyId) throw new DomainError(404, "surveyNotFound");
    if ((await lockedStatus(tx, surveyId)) === "CLOSED") throw new DomainError(409, "surveyClosed");
    const row = await tx.surveyWise.update({
      where: { id: input.surveyWiseId },
      data: { remindedAt: new Date() },
      select: {
        survey: { select: { title: true, closesAt: true } },
        wise: { select: { name: true, representativeEmail: true } },
        links: { select: { group: true, code: true }, orderBy: { group: "asc" } },
      },
    });
    return { surveyId, ...row };
  },
  audit: {
    action: "survey.remind",
    subject: surveyWiseSubject,
    id: (input) => input.surveyWiseId,
  },
});

/** Closes the survey for good: its links then refuse answers (rules.ts). */
export const closeSurvey = defineCommand({
  schema: SurveyIdSchema,
  authorize: (actor, input) => authorizeManage(actor, input.surveyId),
  run: async (_actor, input, tx) => {
    if ((await lockedStatus(tx, input.surveyId)) === "CLOSED") {
      throw new DomainError(409, "surveyClosed");
    }
    await tx.survey.update({ where: { id: input.surveyId }, data: { status: "CLOSED" } });
    return { surveyId: input.surveyId };
  },
  audit: { action: "survey.close", subject: surveySubject, id: (input) => input.surveyId },
});
