import { AT } from "./at";
import { BE } from "./be";
import { BG } from "./bg";
import { ES } from "./es";
import { EU } from "./eu";
import { FR } from "./fr";
import { GB } from "./gb";
import { GR } from "./gr";
import { HR } from "./hr";
import { IT } from "./it";
import { LV } from "./lv";
import { NL } from "./nl";
import { PL } from "./pl";
import { RO } from "./ro";
import { SI } from "./si";
import type { Condition, CountryModule, RuleDefinition } from "./types";

/**
 * Every country's module. Adding a country is one module (`<cc>.ts`) listed here, its tests
 * beside it, and its catalogue strings (CONTRIBUTING.md, "Adding a country's rules").
 * The order is the order the pages list the rules in: the EU rule first, then by country.
 */
export const COUNTRY_MODULES = [
  EU,
  AT,
  BE,
  BG,
  HR,
  FR,
  GR,
  IT,
  LV,
  NL,
  PL,
  RO,
  SI,
  ES,
  GB,
] as const;

type RulesOf<M> = M extends { rules: infer R } ? keyof R : never;
export type RuleId = RulesOf<(typeof COUNTRY_MODULES)[number]>;

export const RULES = Object.fromEntries(
  COUNTRY_MODULES.flatMap((module) =>
    Object.entries(module.rules as Record<string, RuleDefinition>),
  ),
) as Record<RuleId, RuleDefinition>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && Object.hasOwn(RULES, value);
}

/**
 * The rules that apply to a WISE: its country's, the EU rule in a member state, and a region's
 * rule unless the WISE is known to be in another region (a WISE whose region is not given gets
 * the region's rule, which then waits for the region).
 */
export function applicableRuleIds(countryCode: string, subdivisionCode: string | null): RuleId[] {
  return RULE_IDS.filter((id) => {
    const rule = RULES[id];
    if (!rule.countries.includes(countryCode)) return false;
    return !rule.subdivision || subdivisionCode === null || subdivisionCode === rule.subdivision;
  });
}

/** The statuses without a figure to check in this country (and region, when given). */
export function noRuleKeys(countryCode: string, subdivisionCode: string | null): string[] {
  const module = COUNTRY_MODULES.find((entry) => entry.country === countryCode) as
    | CountryModule
    | undefined;
  return (module?.noQuantitativeRule ?? [])
    .filter(
      (entry) =>
        !entry.subdivision || subdivisionCode === null || entry.subdivision === subdivisionCode,
    )
    .map((entry) => entry.key);
}

/**
 * A rule's conditions as checked: a region's rule first requires the region, so that a WISE whose
 * region is not given waits for it rather than passing on another region's law.
 */
export function conditionsOf(rule: RuleId): readonly Condition[] {
  const { subdivision, conditions } = RULES[rule];
  if (!subdivision) return conditions;
  return [
    { kind: "oneOf", measure: "region", fact: "subdivisionCode", values: [subdivision] },
    ...conditions,
  ];
}
