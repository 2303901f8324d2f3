"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** One criterion as the step navigation knows it. */
export type StepItem = {
  id: string;
  name: string;
  /** The category it belongs to, shown as a heading in the list of criteria. */
  group: string;
  answered: boolean;
};

/**
 * Tailwind's `lg` breakpoint (64rem) divides the two layouts: narrower (phones, tablets) shows
 * one criterion a screen; wider shows the whole grid as one page. Plain CSS decides which, so
 * the server's HTML is the same for both and nothing guesses the device.
 */
export const HIDDEN_WHEN_STEPPING = "max-lg:hidden";
export const ONLY_WHEN_STEPPING = "lg:hidden";

/** The id of a criterion's heading (inside its legend): where focus goes after Next. */
export const stepHeadingId = (prefix: string, criterionId: string) =>
  `${prefix}-${criterionId}-heading`;

/**
 * Which criterion a narrow screen shows, and moving between them. Moving puts the top of the
 * step (the progress line) at the top of the screen and focus on the new criterion's heading,
 * so a screen reader says where the reader landed and Tab continues from there.
 */
export function useCriterionSteps(items: StepItem[], headingPrefix: string, initial = 0) {
  const [chosen, setChosen] = useState(initial);
  const [levelsShown, setLevelsShown] = useState(false);
  const [moves, setMoves] = useState(0);
  const topRef = useRef<HTMLDivElement>(null);
  const total = items.length;
  const current = Math.max(0, Math.min(chosen, total - 1));
  const currentId = items[current]?.id;

  // Only a move by the reader moves focus, not a re-render (answers arriving, a new list).
  const target = useRef(stepHeadingId(headingPrefix, currentId ?? ""));
  target.current = stepHeadingId(headingPrefix, currentId ?? "");
  useEffect(() => {
    if (moves === 0) return;
    topRef.current?.scrollIntoView({ block: "start" });
    document.getElementById(target.current)?.focus({ preventScroll: true });
  }, [moves]);

  const toggleLevels = useCallback(() => setLevelsShown((shown) => !shown), []);
  const goTo = useCallback((index: number) => {
    setChosen(index);
    setMoves((count) => count + 1);
  }, []);

  /** True when the narrow layout is on screen (the step controls are displayed). */
  const isStepping = useCallback(
    () => (topRef.current ? topRef.current.getClientRects().length > 0 : false),
    [],
  );

  const answered = items.filter((item) => item.answered).length;
  return {
    items,
    current,
    total,
    answered,
    firstUnanswered: items.findIndex((item) => !item.answered),
    goTo,
    isStepping,
    topRef,
    /** Classes of the criterion at `index`: hidden on narrow screens unless it is the current. */
    stepClass: (index: number) => (index === current ? "" : HIDDEN_WHEN_STEPPING),
    levelsShown,
    toggleLevels,
  };
}

export type CriterionSteps = ReturnType<typeof useCriterionSteps>;

/** The index of the first criterion without an answer, or 0: where a returning rater starts. */
export function firstOpenStep(items: Pick<StepItem, "answered">[]): number {
  const index = items.findIndex((item) => !item.answered);
  return index === -1 ? 0 : index;
}
