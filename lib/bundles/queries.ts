import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizeSessionExport } from "@/lib/exports/access";
import { pseudonymsFor } from "@/lib/exports/pseudonyms";
import { listRaterFirstSeen, listRawScores } from "@/lib/exports/queries";
import { GRID_CATEGORIES_SELECT } from "@/lib/grids/grid-content";
import { WISE_SHARED_PROFILE, wiseWithNumbers } from "@/lib/wises/select";
import { assembleBundle, type BundleRows, type BundleSuggestion } from "./assemble";
import type { BundleInput } from "./schemas";

function readSession(sessionId: string, withPrivateNotes: boolean) {
  return db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      status: true,
      bundleKey: true,
      grid: {
        select: {
          name: true,
          version: true,
          categories: GRID_CATEGORIES_SELECT,
        },
      },
      gridId: true,
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          wise: { select: WISE_SHARED_PROFILE },
          classification: {
            select: {
              suggestedModel: true,
              suggestion: true,
              agreedModel: true,
              rationale: true,
              decidedAt: true,
            },
          },
        },
      },
      notes: {
        where: withPrivateNotes ? {} : { isPublic: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { agendaItemId: true, theme: true, body: true, isPublic: true, createdAt: true },
      },
    },
  });
}

/**
 * The session as a bundle for `GET /api/sessions/[id]/bundle`, for the results' readers
 * ("results.read"). Private notes go only to those who read them on the session page (its
 * team, "session.manage"); a partner's bundle holds the public ones. Null when the session does
 * not exist; ForbiddenError when the actor may not read its results.
 */
export async function getSessionBundle(
  actor: Actor,
  sessionId: string,
  exportedAt = new Date(),
): Promise<BundleInput | null> {
  const access = await authorizeSessionExport(actor, sessionId, "bundle");
  if (!access) return null;
  const session = await readSession(sessionId, can(actor, "session.manage", access));
  const [raters, scores] = await Promise.all([
    listRaterFirstSeen(sessionId),
    listRawScores(sessionId, session.gridId),
  ]);
  const { grid, agendaItems, notes, bundleKey, gridId: _gridId, ...facts } = session;
  const rows: BundleRows = {
    // A session imported from elsewhere keeps its original key, so pooling stays idempotent.
    bundleKey: bundleKey ?? sessionId,
    exportedAt,
    session: facts,
    grid: {
      ...grid,
      categories: grid.categories.map((category) => ({
        ...category,
        criteria: category.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() })),
      })),
    },
    agenda: agendaItems.map((item) => ({
      agendaItemId: item.id,
      // The shared profile: no representative (a person), no database ids.
      wise: wiseWithNumbers(item.wise),
      classification: item.classification && {
        ...item.classification,
        // Stored by lib/classification as JSON; Prisma types it as possibly anything.
        suggestion: item.classification.suggestion as BundleSuggestion,
      },
    })),
    pseudonyms: pseudonymsFor(raters),
    scores,
    notes,
  };
  return assembleBundle(rows);
}

/**
 * What an admin's import brought in, for the import page after it: the imported session's
 * title and its WISEs, raters and scores as stored now. Null for a session that was not imported.
 */
export async function getImportedSession(actor: Actor, sessionId: string) {
  assertCan(actor, "bundle.import");
  const session = await db.focusGroupSession.findFirst({
    where: { id: sessionId, bundleKey: { not: null } },
    select: { id: true, title: true, _count: { select: { agendaItems: true } } },
  });
  if (!session) return null;
  const [raters, scores] = await Promise.all([
    db.evaluation.groupBy({ by: ["raterId"], where: { agendaItem: { sessionId } } }),
    db.score.count({ where: { evaluation: { agendaItem: { sessionId } } } }),
  ]);
  return {
    id: session.id,
    title: session.title,
    wises: session._count.agendaItems,
    raters: raters.length,
    scores,
  };
}
