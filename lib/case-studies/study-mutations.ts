import "server-only";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan, type Permission } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { CaseStudyStatus } from "@/lib/generated/prisma/enums";
import { nextStatus, type StudyEvent } from "./rules";

type Tx = Prisma.TransactionClient;

/** Who a study belongs to, for the permission rules; 404 when it does not exist. */
export async function authorizeStudy(
  actor: Actor,
  caseStudyId: string,
  permission: Extract<Permission, `caseStudy.${string}`>,
) {
  const study = await db.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: { countryCode: true, authorId: true },
  });
  if (!study) throw new DomainError(404, "caseStudyNotFound");
  if (permission === "caseStudy.list") assertCan(actor, permission);
  else assertCan(actor, permission, study);
  return study;
}

/**
 * Locks the study's row for the rest of the command, so that two saves, or a save and a review
 * decision, queue up instead of crossing; returns its status and version as they are now.
 */
export async function lockStudy(tx: Tx, caseStudyId: string) {
  const rows = await tx.$queryRaw<{ status: CaseStudyStatus; version: number }[]>`
    SELECT "status"::text AS "status", "version" FROM "CaseStudy"
    WHERE "id" = ${caseStudyId} FOR NO KEY UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError(404, "caseStudyNotFound");
  return row;
}

/**
 * Moves the study by an event: the new status (with its row in the history when it changes) and
 * the next version. Refuses an event the status does not allow with `refusal`.
 */
export async function moveStudy(
  tx: Tx,
  actor: Actor,
  caseStudyId: string,
  from: { status: CaseStudyStatus; version: number },
  event: StudyEvent,
  refusal: "caseStudyLocked" | "caseStudyNotDraft" | "caseStudyNotInReview",
  data: Prisma.CaseStudyUpdateInput = {},
  changedAt = new Date(),
) {
  const status = nextStatus(from.status, event);
  if (!status) throw new DomainError(409, refusal);
  await tx.caseStudy.update({
    where: { id: caseStudyId },
    data: { ...data, status, version: from.version + 1 },
  });
  if (status !== from.status) {
    await tx.caseStudyStatusChange.create({
      data: {
        caseStudyId,
        fromStatus: from.status,
        toStatus: status,
        changedById: actor.id,
        changedAt,
      },
    });
  }
  return { caseStudyId, status, version: from.version + 1 };
}
