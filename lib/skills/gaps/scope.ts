import { type Actor, can } from "@/lib/auth/permissions";

/**
 * Whose answers a gap map may aggregate for the actor, as data for the query. Derived from the
 * "skills.readGaps" rule by asking it about a country no one belongs to ("ZZ"): whoever may read
 * that may read every country and Europe (admins); otherwise the actor's own country, if the rule
 * grants it. No role is compared here.
 */
export type GapScope = { everything: boolean; countryCodes: string[] };

const NO_ONES_COUNTRY = "ZZ";

export function gapScope(actor: Actor): GapScope {
  if (can(actor, "skills.readGaps", { countryCode: NO_ONES_COUNTRY }))
    return { everything: true, countryCodes: [] };
  const own = actor.countryCode;
  return {
    everything: false,
    countryCodes: own && can(actor, "skills.readGaps", { countryCode: own }) ? [own] : [],
  };
}

/** Whether the scope reaches this country. */
export function gapScopeHas(scope: GapScope, countryCode: string): boolean {
  return scope.everything || scope.countryCodes.includes(countryCode);
}
