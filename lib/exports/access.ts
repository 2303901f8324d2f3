import "server-only";
import { type Actor, assertCan, can, type SessionAccess } from "@/lib/auth/permissions";
import { getSessionAccess } from "@/lib/sessions/access";
import type { ExportDataset } from "./datasets";

/**
 * Who may download what of a session. Raw scores, aggregates and the results report show
 * individual spreads and comments: the results' readers ("results.read": the session's team
 * and its country's partner, admins). The summary goes wherever the published summary may be
 * read ("summary.readSession").
 */

const PERMISSION_OF = {
  raw: "results.read",
  aggregates: "results.read",
  report: "results.read",
  summary: "summary.readSession",
} as const satisfies Record<ExportDataset, "results.read" | "summary.readSession">;

/**
 * The session's access facts once the actor may export `dataset` of it; null when the session
 * does not exist; ForbiddenError otherwise. Route handlers turn these into 200, 404 and 403.
 */
export async function authorizeSessionExport(
  actor: Actor,
  sessionId: string,
  dataset: ExportDataset | "bundle",
): Promise<SessionAccess | null> {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) return null;
  assertCan(actor, dataset === "bundle" ? "results.read" : PERMISSION_OF[dataset], access);
  return access;
}

/** What the downloads panel may offer the actor for one session. */
export type AllowedDownloads = { results: boolean; summary: boolean };

export function allowedDownloads(actor: Actor, access: SessionAccess): AllowedDownloads {
  return {
    results: can(actor, "results.read", access),
    summary: can(actor, "summary.readSession", access),
  };
}
