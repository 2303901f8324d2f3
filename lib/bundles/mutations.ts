import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { sessionSubject } from "@/lib/audit/session-subjects";
import { assertCan } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { getInstallationId } from "@/lib/installation/queries";
import {
  assertCountriesKnown,
  findOrCreateGrid,
  findOrCreateRaters,
  findOrCreateWises,
} from "./import-grid-wises";
import {
  type Changes,
  syncAgenda,
  syncClassifications,
  syncNotes,
  syncScores,
} from "./import-session";
import { importedStatus } from "./rules";
import { type Bundle, BundleSchema } from "./schemas";

export type BundleImportResult = {
  sessionId: string;
  title: string;
  /**
   * "imported": a new session here; "updated": the copy imported before, brought up to date;
   * "own": the bundle was exported from this installation, so its session is here already and
   * nothing was written.
   */
  outcome: "imported" | "updated" | "own";
  /** What the import changed: WISEs on the agenda, scores, notes. */
  changes: { wises: Changes; scores: Changes; notes: Changes };
  /** The grid version the import added to this installation, if it had not got it. */
  gridCreated: { name: string; version: number } | null;
  raters: number;
  scores: number;
};

const NO_CHANGE: Changes = { added: 0, updated: 0, removed: 0 };

/**
 * A bundle whose origin is this installation: its session is the original here. Files without
 * an origin (older exports) are recognised by their key, which is the session's id where it was
 * held. Returns null for a session held elsewhere.
 */
async function findOwnSession(tx: Prisma.TransactionClient, bundle: Bundle) {
  if (bundle.origin && bundle.origin.sessionId !== bundle.bundleKey)
    throw new DomainError(400, "bundleNotABundle");
  const here = await getInstallationId(tx);
  const fromHere = bundle.origin?.installationId === here;
  if (!fromHere && bundle.origin) return null;
  const own = await tx.focusGroupSession.findFirst({
    where: { id: bundle.bundleKey, bundleKey: null },
    select: { id: true, title: true },
  });
  if (fromHere && !own) throw new DomainError(409, "bundleOwnSessionMissing");
  return own;
}

/**
 * Imports a session bundle (admins: "bundle.import"): checked whole by BundleSchema first, then
 * written in one transaction, so a refusal half-way (a grid conflict, an unknown country) leaves
 * nothing behind. The session is found again by its origin (installation, session), and every
 * row by its natural key, so importing the same bundle twice duplicates nothing; a bundle of
 * this installation's own session changes nothing, so no session is ever counted twice.
 */
export const importBundle = defineCommand({
  schema: BundleSchema,
  authorize: (actor) => assertCan(actor, "bundle.import"),
  run: async (actor, bundle, tx): Promise<BundleImportResult> => {
    const own = await findOwnSession(tx, bundle);
    if (own) {
      return {
        sessionId: own.id,
        title: own.title,
        outcome: "own" as const,
        changes: { wises: NO_CHANGE, scores: NO_CHANGE, notes: NO_CHANGE },
        gridCreated: null,
        raters: bundle.raters.length,
        scores: bundle.scores.length,
      };
    }
    await assertCountriesKnown(tx, bundle);
    const grid = await findOrCreateGrid(tx, actor.id, bundle.grid);
    const wiseIds = await findOrCreateWises(tx, actor.id, bundle);
    const raterIds = await findOrCreateRaters(tx, bundle);
    const facts = {
      title: bundle.session.title,
      startsAt: bundle.session.startsAt,
      countryCode: bundle.session.countryCode,
      place: bundle.session.place,
      online: bundle.session.online,
      status: importedStatus(bundle.session.status),
      gridId: grid.gridId,
    };
    const originInstallationId = bundle.origin?.installationId;
    const existing = await tx.focusGroupSession.findUnique({
      where: { bundleKey: bundle.bundleKey },
      select: { id: true, facilitatorId: true },
    });
    // The first importer becomes the facilitator and stays so on later imports.
    const session = existing
      ? await tx.focusGroupSession.update({
          where: { id: existing.id },
          data: { ...facts, originInstallationId },
          select: { id: true, facilitatorId: true },
        })
      : await tx.focusGroupSession.create({
          data: {
            ...facts,
            bundleKey: bundle.bundleKey,
            originInstallationId,
            facilitatorId: actor.id,
          },
          select: { id: true, facilitatorId: true },
        });
    const ids = { sessionId: session.id, wiseIds, raterIds, criterionIds: grid.criterionIds };
    const agenda = await syncAgenda(tx, bundle, ids);
    const scores = await syncScores(tx, bundle, ids, agenda.itemIds);
    await syncClassifications(tx, bundle, agenda.itemIds);
    const notes = await syncNotes(
      tx,
      bundle,
      { ...ids, authorId: session.facilitatorId },
      agenda.itemIds,
    );
    const result = {
      sessionId: session.id,
      title: bundle.session.title,
      outcome: existing ? ("updated" as const) : ("imported" as const),
      changes: { wises: agenda.changes, scores, notes },
      gridCreated: grid.created ? { name: bundle.grid.name, version: bundle.grid.version } : null,
      raters: bundle.raters.length,
      scores: bundle.scores.length,
    };
    return result;
  },
  audit: {
    action: (_, result) => (result.outcome === "imported" ? "bundle.import" : "bundle.reimport"),
    subject: sessionSubject,
    createdId: (_, result) => result.sessionId,
    details: (bundle, result) => ({
      bundleKey: bundle.bundleKey,
      outcome: result.outcome,
      changes: result.changes,
      gridCreated: result.gridCreated,
    }),
  },
  // Tens of thousands of scores are written in a few statements, but reading and comparing
  // them takes longer than Prisma's default of 5 s on a busy two-core machine.
  transaction: { timeout: 120_000, maxWait: 10_000 },
});
