import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizeSessionExport } from "@/lib/exports/access";
import { pseudonymsFor } from "@/lib/exports/pseudonyms";
import { listRaterFirstSeen, listRawScores } from "@/lib/exports/queries";
import { GRID_CATEGORIES_SELECT } from "@/lib/grids/grid-content";
import { getInstallationId } from "@/lib/installation/queries";
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
      originInstallationId: true,
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
 * Where a session was held: here, or (for an imported one) where its bundle came from. A copy
 * imported from a file that carried no origin has none to pass on.
 */
function originOf(
  sessionId: string,
  bundleKey: string | null,
  originInstallationId: string | null,
  here: string,
) {
  if (bundleKey === null) return { installationId: here, sessionId };
  return originInstallationId
    ? { installationId: originInstallationId, sessionId: bundleKey }
    : null;
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
  const [raters, scores, installationId] = await Promise.all([
    listRaterFirstSeen(sessionId),
    listRawScores(sessionId, session.gridId),
    getInstallationId(),
  ]);
  const {
    grid,
    agendaItems,
    notes,
    bundleKey,
    originInstallationId,
    gridId: _gridId,
    ...facts
  } = session;
  const rows: BundleRows = {
    // A session imported from elsewhere keeps its original key, so pooling stays idempotent.
    bundleKey: bundleKey ?? sessionId,
    origin: originOf(sessionId, bundleKey, originInstallationId, installationId),
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
 * The session an admin's import brought in (or recognised as this installation's own), for the
 * import page after it. Null when there is no such session.
 */
export async function getImportedSession(actor: Actor, sessionId: string) {
  assertCan(actor, "bundle.import");
  return db.focusGroupSession.findUnique({
    where: { id: sessionId },
    select: { id: true, title: true },
  });
}
