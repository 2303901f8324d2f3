import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { AuditAction } from "./actions";
import type { AuditSubject, SubjectReader } from "./subjects";

type Tx = Prisma.TransactionClient;

/**
 * What a command's trail records, given to `defineCommand` as its `audit` option. `subject`
 * reads the object acted on; `id` names it from the input when it exists before the command
 * (read before and after: an update, a deletion), `createdId` from the result when the command
 * creates it (read after only).
 */
export type AuditSpec<I, T> = {
  /** `entity.verb`, as permissions are named; a function when the input decides it. */
  action: AuditAction | ((input: I, result: T) => AuditAction);
  subject: SubjectReader;
  /** Small facts the snapshots do not hold (a reason, a count); never credentials. */
  details?: (input: I, result: T) => Prisma.InputJsonObject;
} & ({ id: (input: I) => string } | { createdId: (input: I, result: T) => string });

/** An explicit, reasoned opt-out for a command whose own rows already are its trail. */
export type AuditSkip = { skip: string };

export type TransactionOptions = { maxWait?: number; timeout?: number };

/**
 * The recipe's transaction: reads the object before, runs the command with the transaction
 * client, reads it after and writes one entry, all or nothing, so a command that throws leaves
 * no entry. "Before" is read at the start of the transaction, without a lock of its own (taking
 * one here, ahead of the command's own locks, could deadlock with other commands).
 */
export function runAudited<I, T>(
  spec: AuditSpec<I, T>,
  actor: Actor,
  input: I,
  run: (tx: Tx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const existingId = "id" in spec ? spec.id(input) : null;
    const before = existingId === null ? null : await spec.subject(tx, existingId);
    const result = await run(tx);
    const id = "id" in spec ? spec.id(input) : spec.createdId(input, result);
    const after = await spec.subject(tx, id);
    const action = typeof spec.action === "string" ? spec.action : spec.action(input, result);
    await writeEntry(tx, actor.id, action, { before, after, id }, spec.details?.(input, result));
    return result;
  }, options);
}

type Change = { before: AuditSubject | null; after: AuditSubject | null };

async function writeEntry(
  tx: Tx,
  actorId: string,
  action: AuditAction,
  change: Change & { id: string },
  details: Prisma.InputJsonObject | undefined,
) {
  if (!change.before && !change.after)
    throw new Error(`Audit of ${action}: no object ${change.id} before or after`);
  await recordEntries(tx, { actorId, action, details }, [change]);
}

/**
 * Writes one entry per change. Used by the recipe, and directly by the two writes that are not
 * commands: accepting an invitation (public: the link is the credential, so the actor is the
 * account itself) and a WISE import (one entry per WISE, in the import's own transaction).
 */
export async function recordEntries(
  tx: Tx,
  entry: { actorId: string; action: AuditAction; details?: Prisma.InputJsonObject },
  changes: Change[],
) {
  await tx.auditEvent.createMany({
    data: changes.flatMap(({ before, after }) => {
      // The name and country as they are now, or as they were for something just deleted.
      const subject = after ?? before;
      if (!subject) return [];
      return [
        {
          actorId: entry.actorId,
          action: entry.action,
          targetType: subject.type,
          targetId: subject.id,
          targetLabel: subject.label,
          countryCode: subject.countryCode,
          before: before?.state,
          after: after?.state,
          details: entry.details,
        },
      ];
    }),
  });
}
