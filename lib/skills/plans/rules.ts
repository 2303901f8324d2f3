import type { StaffGroup } from "@/lib/generated/prisma/enums";
import { languagesOfCountry } from "./country-languages";

/**
 * Proposing a WISE's development plan, pure (no Prisma, no Next): for each staff group its
 * largest gaps by Borich score, each matched to the training offers that address the skill,
 * for that group, in the WISE's country and in a language of that country. A gap no offer
 * addresses is "unmet": the input for new curricula.
 */

/** How many gaps per group a plan takes up. */
export const PLAN_GAPS_PER_GROUP = 3;

export type PlanGapInput = {
  group: StaffGroup;
  code: string;
  gap: number;
  mwds: number;
  respondents: number;
};

export type PlanOfferInput = {
  id: string;
  title: string;
  group: StaffGroup;
  language: string;
  countryCode: string;
  skillCodes: readonly string[];
};

/** Why an offer was matched: each fact a reader can check against the offer. */
export type MatchReason = {
  skillCode: string;
  group: StaffGroup;
  countryCode: string;
  language: string;
};

export type ProposedGap = PlanGapInput & {
  matches: { offer: PlanOfferInput; reason: MatchReason }[];
  unmet: boolean;
};

/** The largest positive gaps of one group, by Borich score, then by code for a stable order. */
export function largestGaps(gaps: readonly PlanGapInput[], group: StaffGroup): PlanGapInput[] {
  return gaps
    .filter((gap) => gap.group === group && gap.gap > 0)
    .sort((a, b) => b.mwds - a.mwds || a.code.localeCompare(b.code))
    .slice(0, PLAN_GAPS_PER_GROUP);
}

export function matchOffers(
  gap: PlanGapInput,
  offers: readonly PlanOfferInput[],
  countryCode: string,
): ProposedGap["matches"] {
  const languages = languagesOfCountry(countryCode);
  return offers
    .filter(
      (offer) =>
        offer.skillCodes.includes(gap.code) &&
        offer.group === gap.group &&
        offer.countryCode === countryCode &&
        languages.includes(offer.language),
    )
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((offer) => ({
      offer,
      reason: { skillCode: gap.code, group: gap.group, countryCode, language: offer.language },
    }));
}

/** The proposal: per group (in the order given) its largest gaps with their matches. */
export function proposePlan(
  gaps: readonly PlanGapInput[],
  offers: readonly PlanOfferInput[],
  countryCode: string,
  groups: readonly StaffGroup[],
): { group: StaffGroup; gaps: ProposedGap[] }[] {
  return groups
    .map((group) => ({
      group,
      gaps: largestGaps(gaps, group).map((gap) => {
        const matches = matchOffers(gap, offers, countryCode);
        return { ...gap, matches, unmet: matches.length === 0 };
      }),
    }))
    .filter((entry) => entry.gaps.length > 0);
}
