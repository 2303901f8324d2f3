"use client";

import { useTranslations } from "next-intl";
import { HIDDEN_WHEN_STEPPING, ONLY_WHEN_STEPPING } from "./use-criterion-steps";

/**
 * On a narrow screen the level descriptions are folded so that one criterion fits a screen;
 * this button unfolds them (for every criterion, until folded again). Wide screens always show
 * them and never show the button. Screen readers hear each description anyway, as the radio's
 * description (see `descriptorClass`).
 */
export function LevelsToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const t = useTranslations("Scoring");
  return (
    <button
      type="button"
      aria-expanded={shown}
      onClick={onToggle}
      className={`${ONLY_WHEN_STEPPING} mb-2 min-h-11 font-medium text-teal-800 underline focus-visible:outline-3 focus-visible:outline-amber-500`}
    >
      {shown ? t("steps.hideLevels") : t("steps.showLevels")}
    </button>
  );
}

/** A level description: always on wide screens, on narrow ones only once unfolded. */
export const descriptorClass = (shown: boolean) =>
  `block text-sm text-slate-800 ${shown ? "" : HIDDEN_WHEN_STEPPING}`;
