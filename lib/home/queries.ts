import "server-only";
import { type Actor, can, sessionReadScope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  COUNTED_KINDS,
  ITEMS_PER_SECTION,
  WAITING_KINDS,
  type WaitingItem,
  type WaitingKind,
} from "./rules";
import { voidApprovalIds } from "./void-approvals";
import { type WaitingScope, waitingCte } from "./waiting-sql";

/**
 * Which lists an actor's home shows, asked of the permission layer rather than of the role:
 * those who may create sessions see theirs by next step; a partner reviews the country
 * `sessionReadScope` gives them; those who invite people and import bundles see what is pending.
 */
export function waitingScopeOf(actor: Actor): WaitingScope {
  return {
    teamUserId: can(actor, "session.create") ? actor.id : null,
    reviewCountryCode: sessionReadScope(actor).countryCode,
    memberUserId: actor.id,
    pendingInvitations: can(actor, "user.create"),
    pendingImports: can(actor, "bundle.import"),
  };
}

/** The actor's waiting relation, once the void approvals in its scope are known. */
async function waitingOf(actor: Actor): Promise<Prisma.Sql> {
  const scope = waitingScopeOf(actor);
  return waitingCte(scope, await voidApprovalIds(scope));
}

/**
 * How many things need the actor now: the number in the menu. One counting query, after the
 * bounded read of void approvals.
 */
export async function getWaitingCount(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    ${await waitingOf(actor)}
    SELECT COUNT(*)::int AS count FROM waiting
    WHERE kind IN (${Prisma.join([...COUNTED_KINDS])})`;
  return row?.count ?? 0;
}

export type WaitingSection = { kind: WaitingKind; count: number; items: WaitingItem[] };

/**
 * The home's waiting lists: per kind, its full count (from SQL) and its first items, in the
 * order of WAITING_KINDS; kinds with nothing waiting are left out.
 */
export async function getWaitingSections(actor: Actor): Promise<WaitingSection[]> {
  const cte = await waitingOf(actor);
  const [counts, items] = await Promise.all([
    db.$queryRaw<{ kind: WaitingKind; count: number }[]>`
      ${cte} SELECT kind, COUNT(*)::int AS count FROM waiting GROUP BY kind`,
    db.$queryRaw<WaitingItem[]>`
      ${cte} SELECT kind, "id", label, at, "countryCode", "agendaItemId", remaining, total, expired
      FROM (SELECT w.*, ROW_NUMBER() OVER (PARTITION BY kind
              ORDER BY CASE WHEN kind = 'NEW_SUMMARY' THEN NULL ELSE at END ASC NULLS LAST,
                       CASE WHEN kind = 'NEW_SUMMARY' THEN at END DESC, label, "id") AS position
            FROM waiting w) ranked
      WHERE position <= ${ITEMS_PER_SECTION}
      ORDER BY position`,
  ]);
  const countOf = new Map(counts.map((row) => [row.kind, row.count]));
  return WAITING_KINDS.filter((kind) => (countOf.get(kind) ?? 0) > 0).map((kind) => ({
    kind,
    count: countOf.get(kind) ?? 0,
    items: items.filter((item) => item.kind === kind),
  }));
}
