import { type Actor, can } from "@/lib/auth/permissions";

/**
 * Which countries' WISEs a list may show the actor, as data for a query. Derived from the
 * "wise.read" rule itself rather than from roles, so that the list and the detail page cannot
 * disagree: whoever may read a WISE of a country that no one belongs to ("ZZ", an ISO code
 * reserved for private use) may read every country's.
 */
export type WiseReadScope =
  | { allCountries: true }
  | { allCountries: false; countryCodes: string[] };

const NO_ONES_COUNTRY = "ZZ";

export function wiseReadScope(actor: Actor): WiseReadScope {
  if (can(actor, "wise.read", { countryCode: NO_ONES_COUNTRY })) return { allCountries: true };
  const own = actor.countryCode;
  return {
    allCountries: false,
    countryCodes: own && can(actor, "wise.read", { countryCode: own }) ? [own] : [],
  };
}
