import { type Actor, can } from "@/lib/auth/permissions";

/**
 * Which countries' case studies a list may show the actor, derived from the "caseStudy.read" rule
 * (as lib/wises/scope.ts does for WISEs): whoever may read a study of a country no one belongs to
 * ("ZZ") reads every country's; otherwise their own country, if the rule grants it. Null: all.
 */
export function caseStudyCountries(actor: Actor): string[] | null {
  if (can(actor, "caseStudy.read", { countryCode: "ZZ" })) return null;
  const own = actor.countryCode;
  return own && can(actor, "caseStudy.read", { countryCode: own }) ? [own] : [];
}
