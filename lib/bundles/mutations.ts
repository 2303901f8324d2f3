import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { sessionSubject } from "@/lib/audit/session-subjects";
import { assertCan } from "@/lib/auth/permissions";
import {
  assertCountriesKnown,
  findOrCreateGrid,
  findOrCreateRaters,
  findOrCreateWises,
} from "./import-grid-wises";
import { syncAgenda, syncClassifications, syncNotes, syncScores } from "./import-session";
import { importedStatus } from "./rules";
import { BundleSchema } from "./schemas";

export type BundleImportResult = {
  sessionId: string;
  title: string;
  /** True when a session with this bundle key was here already: it was brought up to date. */
  alreadyImported: boolean;
  wises: number;
  raters: number;
  scores: number;
};

/**
 * Imports a session bundle (admins: "bundle.import"): checked whole by BundleSchema first, then
 * written in one transaction, so a refusal half-way (a grid conflict, an unknown country) leaves
 * nothing behind. The session is found again by its bundle key, and every row by its natural
 * key, so importing the same bundle twice duplicates nothing.
 */
export const importBundle = defineCommand({
  schema: BundleSchema,
  authorize: (actor) => assertCan(actor, "bundle.import"),
  run: async (actor, bundle, tx): Promise<BundleImportResult> => {
    await assertCountriesKnown(tx, bundle);
    const { gridId, criterionIds } = await findOrCreateGrid(tx, actor.id, bundle.grid);
    const wiseIds = await findOrCreateWises(tx, actor.id, bundle);
    const raterIds = await findOrCreateRaters(tx, bundle);
    const facts = {
      title: bundle.session.title,
      startsAt: bundle.session.startsAt,
      countryCode: bundle.session.countryCode,
      place: bundle.session.place,
      online: bundle.session.online,
      status: importedStatus(bundle.session.status),
      gridId,
    };
    const existing = await tx.focusGroupSession.findUnique({
      where: { bundleKey: bundle.bundleKey },
      select: { id: true, facilitatorId: true },
    });
    // The first importer becomes the facilitator and stays so on later imports.
    const session = existing
      ? await tx.focusGroupSession.update({
          where: { id: existing.id },
          data: facts,
          select: { id: true, facilitatorId: true },
        })
      : await tx.focusGroupSession.create({
          data: { ...facts, bundleKey: bundle.bundleKey, facilitatorId: actor.id },
          select: { id: true, facilitatorId: true },
        });
    const ids = { sessionId: session.id, wiseIds, raterIds, criterionIds };
    const itemIds = await syncAgenda(tx, bundle, ids);
    const scores = await syncScores(tx, bundle, ids, itemIds);
    await syncClassifications(tx, bundle, itemIds);
    await syncNotes(tx, bundle, { ...ids, authorId: session.facilitatorId }, itemIds);
    return {
      sessionId: session.id,
      title: bundle.session.title,
      alreadyImported: existing !== null,
      wises: bundle.wises.length,
      raters: bundle.raters.length,
      scores,
    };
  },
  audit: {
    action: (_, result) => (result.alreadyImported ? "bundle.reimport" : "bundle.import"),
    subject: sessionSubject,
    createdId: (_, result) => result.sessionId,
    details: (bundle, result) => ({ bundleKey: bundle.bundleKey, scores: result.scores }),
  },
  // Tens of thousands of scores are written in a few statements, but reading and comparing
  // them takes longer than Prisma's default of 5 s on a busy two-core machine.
  transaction: { timeout: 120_000, maxWait: 10_000 },
});
