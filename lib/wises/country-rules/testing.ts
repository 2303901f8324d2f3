import { checkThreshold, emptyThresholdInput, type ThresholdInput } from "../threshold-rules";
import type { RuleId } from "./index";

/** For the country modules' tests: a profile of a country with the given figures. */
export function profile(
  countryCode: string,
  figures: Partial<ThresholdInput> = {},
): ThresholdInput {
  return { ...emptyThresholdInput(countryCode), ...figures };
}

/** The outcome of one rule on a profile, checked as in 2026 (Spain's year of activity). */
export function outcomeOf(rule: RuleId, input: ThresholdInput, referenceYear = 2026) {
  return checkThreshold(rule, input, referenceYear).outcome;
}
