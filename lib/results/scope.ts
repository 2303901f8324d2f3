import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import type { SessionStatus } from "@/lib/generated/prisma/enums";

/**
 * Which sessions' results the dashboards may aggregate for the actor, as data for a query.
 * Derived from the "results.read" rule itself by asking it about imaginary sessions, so that
 * the dashboards and the session results page cannot disagree (no role is compared here):
 * - a session of a country no one belongs to ("ZZ"), led by no one: whoever may read that may
 *   read every session (administrators);
 * - a session of the actor's own country: partners read their country;
 * - a session the actor leads, or co-leads: facilitators read their own sessions.
 * Statuses are probed the same way (results of a draft are not results yet).
 * tests/integration/results-access.test.ts checks the scope against "results.read".
 */
export type ResultsScope = {
  everything: boolean;
  /** Countries whose every session is in scope. */
  countryCodes: string[];
  /** Sessions the actor leads (their id), if leading grants reading. */
  leaderId: string | null;
  /** Sessions the actor co-leads (their id), if co-leading grants reading. */
  coLeaderId: string | null;
  statuses: SessionStatus[];
};

const STATUSES: SessionStatus[] = ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"];
const NO_ONES_COUNTRY = "ZZ";
const NO_ONE = "";

export function resultsScope(actor: Actor): ResultsScope {
  const reads = (session: Partial<SessionAccess>) =>
    can(actor, "results.read", {
      facilitatorId: NO_ONE,
      countryCode: NO_ONES_COUNTRY,
      status: "CLOSED",
      membership: null,
      ...session,
    });
  const statuses = STATUSES.filter((status) =>
    // A status counts if some kind of session in it is readable: the rules gate status first.
    [{}, { facilitatorId: actor.id }, { countryCode: actor.countryCode ?? NO_ONES_COUNTRY }].some(
      (session) => reads({ ...session, status }),
    ),
  );
  const everything = reads({});
  const own = actor.countryCode;
  return {
    everything,
    countryCodes: !everything && own && reads({ countryCode: own }) ? [own] : [],
    leaderId: !everything && reads({ facilitatorId: actor.id }) ? actor.id : null,
    coLeaderId:
      !everything && reads({ membership: { role: "CO_FACILITATOR", canScore: true } })
        ? actor.id
        : null,
    statuses,
  };
}
