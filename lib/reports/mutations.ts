import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/wises/mutations";
import { assembleReport } from "./assemble-queries";
import { reportSubject } from "./audit-subjects";
import { possibleChapters } from "./chapters";
import { diffSnapshots } from "./diff";
import { CreateReportSchema, ReleaseReportSchema, SaveNarrativeSchema } from "./schemas";
import type { ReportSnapshot } from "./snapshot";

/** Longest a release may take: it assembles the whole report inside its transaction. */
const RELEASE_TIMEOUT_MS = 120_000;

/**
 * The report a writer acts on, or 404: also for one the actor may not even read, so that a
 * partner of another country learns nothing of it. Readers who may not edit get 403.
 */
async function editableReport(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, scope: true, countryCode: true },
  });
  if (!report || !can(actor, "report.read", report)) throw new DomainError(404, "reportNotFound");
  assertCan(actor, "report.edit", report);
  return report;
}

/** The list's "last changed" is the report's: a chapter saved or a release made changes it. */
function touch(tx: Prisma.TransactionClient, reportId: string) {
  return tx.report.update({ where: { id: reportId }, data: { updatedAt: new Date() } });
}

export const createReport = defineCommand({
  schema: CreateReportSchema,
  authorize: (actor, input) => assertCan(actor, "report.edit", input.coverage),
  run: async (actor, input, tx) => {
    const { scope, countryCode } = input.coverage;
    if (countryCode) {
      const country = await tx.country.findUnique({ where: { code: countryCode } });
      if (!country) throw new DomainError(400, "countryRequired", "coverage");
    }
    const report = await tx.report.create({
      data: { scope, countryCode, title: input.title, locale: input.locale, createdById: actor.id },
      select: { id: true },
    });
    return { reportId: report.id };
  },
  audit: {
    action: "report.create",
    subject: reportSubject,
    createdId: (_input, result) => result.reportId,
  },
});

/**
 * Saves one chapter's text if nobody saved it since the writer read it (`version`, 0 for a
 * chapter never saved): otherwise 409, and the writer's text is not lost (the form keeps it).
 */
export const saveNarrative = defineCommand({
  schema: SaveNarrativeSchema,
  authorize: (actor, input) => editableReport(actor, input.reportId),
  run: async (actor, input, tx) => {
    const report = await tx.report.findUniqueOrThrow({
      where: { id: input.reportId },
      select: { scope: true },
    });
    if (!possibleChapters(report.scope).includes(input.chapterKey as never))
      throw new DomainError(400, "chapterUnknown", "chapterKey");
    // A conflict below rolls this back with the rest.
    await touch(tx, input.reportId);
    const key = { reportId: input.reportId, chapterKey: input.chapterKey };
    if (input.version === 0) {
      try {
        await tx.reportNarrative.create({
          data: { ...key, body: input.body, updatedById: actor.id },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError(409, "narrativeConflict", "body");
        throw error;
      }
      return { version: 1 };
    }
    const saved = await tx.reportNarrative.updateMany({
      where: { ...key, version: input.version },
      data: { body: input.body, version: { increment: 1 }, updatedById: actor.id },
    });
    if (saved.count === 0) throw new DomainError(409, "narrativeConflict", "body");
    return { version: input.version + 1 };
  },
  audit: { action: "report.saveNarrative", subject: reportSubject, id: (input) => input.reportId },
});

/**
 * Freezes the report as it stands: assembles it (every figure read now), stores the snapshot
 * and what changed since the release before, as the next number. The report's row is locked
 * first, so that two releases at once are numbered one after the other.
 */
export const releaseReport = defineCommand({
  schema: ReleaseReportSchema,
  authorize: (actor, input) => editableReport(actor, input.reportId),
  run: async (actor, input, tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${input.reportId} FOR UPDATE`;
    const [report, previous] = await Promise.all([
      tx.report.findUniqueOrThrow({
        where: { id: input.reportId },
        select: { id: true, scope: true, countryCode: true, title: true, locale: true },
      }),
      tx.reportRelease.findFirst({
        where: { reportId: input.reportId },
        orderBy: { number: "desc" },
        select: { number: true, snapshot: true },
      }),
    ]);
    const snapshot = await assembleReport(report);
    const changes = diffSnapshots(
      (previous?.snapshot as ReportSnapshot | undefined) ?? null,
      snapshot,
    );
    const number = (previous?.number ?? 0) + 1;
    try {
      await tx.reportRelease.create({
        data: {
          reportId: report.id,
          number,
          snapshot: snapshot as unknown as Prisma.InputJsonObject,
          changes: changes as unknown as Prisma.InputJsonArray,
          note: input.note ?? null,
          releasedById: actor.id,
        },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError(409, "releaseConflict");
      throw error;
    }
    await touch(tx, report.id);
    return { number };
  },
  audit: { action: "report.release", subject: reportSubject, id: (input) => input.reportId },
  transaction: { timeout: RELEASE_TIMEOUT_MS, maxWait: 10_000 },
});
