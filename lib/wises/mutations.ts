import "server-only";
import { type Command, defineCommand } from "@/lib/actions/command";
import { DomainError, failure, ok } from "@/lib/actions/result";
import { recordEntries } from "@/lib/audit/mutations";
import { wiseSubject, wiseSubjects } from "@/lib/audit/subjects";
import { assertCan, can } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import { Prisma as PrismaRuntime } from "@/lib/generated/prisma/client";
import { problemsAsFieldErrors } from "./import-problems";
import { type CheckedRow, checkRows, ImportRequestSchema, rowIdentities } from "./import-rows";
import { findExistingWiseKeys } from "./queries";
import { CreateWiseSchema, UpdateWiseSchema, type WiseData } from "./schemas";

/**
 * The unique index on (name, country) is case-sensitive; people are not. Checked here so that
 * "Atelier Verde" and "atelier verde" in the same country are refused as the same enterprise.
 */
async function assertNameFree(tx: Prisma.TransactionClient, data: WiseData, exceptId?: string) {
  const clash = await tx.wise.findFirst({
    where: {
      countryCode: data.countryCode,
      name: { equals: data.name, mode: "insensitive" },
      id: exceptId ? { not: exceptId } : undefined,
    },
    select: { id: true },
  });
  if (clash) throw new DomainError(409, "wiseExists", "name");
}

/** Two people saving the same new name at once: the index catches what the check above could not. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof PrismaRuntime.PrismaClientKnownRequestError && error.code === "P2002";
}

function rethrowDuplicate(error: unknown): never {
  if (isUniqueViolation(error)) throw new DomainError(409, "wiseExists", "name");
  throw error;
}

function columnsOf(data: WiseData) {
  const { supportNeedCounts: _counts, ...columns } = data;
  return columns;
}

export const createWise = defineCommand({
  schema: CreateWiseSchema,
  authorize: (actor) => assertCan(actor, "wise.create"),
  run: async (actor, data, tx) => {
    await assertNameFree(tx, data);
    const wise = await tx.wise
      .create({
        data: {
          ...columnsOf(data),
          createdById: actor.id,
          supportNeedCounts: { create: data.supportNeedCounts },
        },
        select: { id: true },
      })
      .catch(rethrowDuplicate);
    return { wiseId: wise.id };
  },
  audit: { action: "wise.create", subject: wiseSubject, createdId: (_, result) => result.wiseId },
});

export const updateWise = defineCommand({
  schema: UpdateWiseSchema,
  authorize: async (actor, { wiseId, data }) => {
    const existing = await db.wise.findUnique({
      where: { id: wiseId },
      select: { countryCode: true },
    });
    if (!existing) throw new DomainError(404, "wiseMissing");
    assertCan(actor, "wise.update", { countryCode: existing.countryCode });
    // Moving a WISE to another country must be allowed there too.
    assertCan(actor, "wise.update", { countryCode: data.countryCode });
  },
  run: async (_actor, { wiseId, data }, tx) => {
    await assertNameFree(tx, data, wiseId);
    const updated = await tx.wise
      .updateMany({ where: { id: wiseId }, data: columnsOf(data) })
      .catch(rethrowDuplicate);
    if (updated.count === 0) throw new DomainError(404, "wiseMissing");
    // The counts are a set given whole by the form: replace rather than merge.
    await tx.wiseSupportNeedCount.deleteMany({ where: { wiseId } });
    await tx.wiseSupportNeedCount.createMany({
      data: data.supportNeedCounts.map((entry) => ({ wiseId, ...entry })),
    });
    return { wiseId };
  },
  audit: { action: "wise.update", subject: wiseSubject, id: (input) => input.wiseId },
});

/** Thrown inside the import's transaction to roll it back and report every row's problems. */
class RowsHaveProblems extends Error {
  constructor(readonly rows: CheckedRow[]) {
    super("import rows have problems");
  }
}

/**
 * All or nothing: the ticked rows are checked again from the text the file held (the preview's
 * verdict is not trusted), against the registry inside the same transaction, and written
 * together. One problem in one ticked row and nothing is written; the rows' problems come back.
 */
export const importWises: Command<{ imported: number }> = async (actor, rawInput) => {
  const parsed = ImportRequestSchema.safeParse(rawInput);
  if (!parsed.success) return failure(400, "importPayloadInvalid");
  if (!can(actor, "wise.import")) return failure(403, "forbidden");
  const { payload, include } = parsed.data;
  const chosen = payload.rows.filter((row) => include.includes(row.line));
  if (chosen.length === 0) return failure(400, "importNothingChosen");
  try {
    const imported = await db.$transaction(async (tx) => {
      const existing = await findExistingWiseKeys(actor, rowIdentities(payload.fields, chosen), tx);
      const checked = checkRows(payload.fields, chosen, existing);
      if (checked.some((row) => row.problems.length > 0)) throw new RowsHaveProblems(checked);
      const rows = checked.flatMap((row) => (row.data ? [row.data] : []));
      const created = await tx.wise.createManyAndReturn({
        data: rows.map((data) => ({ ...columnsOf(data), createdById: actor.id })),
        select: { id: true, name: true, countryCode: true },
      });
      const idOf = new Map(created.map((wise) => [`${wise.countryCode}|${wise.name}`, wise.id]));
      const wiseIdOf = (data: WiseData) => idOf.get(`${data.countryCode}|${data.name}`) as string;
      await tx.wiseSupportNeedCount.createMany({
        data: rows.flatMap((data) =>
          data.supportNeedCounts.map((entry) => ({ wiseId: wiseIdOf(data), ...entry })),
        ),
      });
      // One entry per WISE, as for a WISE registered through the form; written in one statement.
      const subjects = await wiseSubjects(
        tx,
        created.map((wise) => wise.id),
      );
      await recordEntries(
        tx,
        { actorId: actor.id, action: "wise.import", details: { fileName: payload.fileName } },
        subjects.map((after) => ({ before: null, after })),
      );
      return created.length;
    });
    return ok({ imported });
  } catch (error) {
    if (error instanceof RowsHaveProblems) {
      return failure(400, "importHasProblems", problemsAsFieldErrors(error.rows));
    }
    // Someone registered one of these WISEs between our check and our write.
    if (isUniqueViolation(error)) return failure(409, "importConflict");
    throw error;
  }
};
