"use client";

import { useMemo } from "react";
import { StepButtons } from "@/components/scoring-steps/step-buttons";
import { StepProgress } from "@/components/scoring-steps/step-progress";
import {
  firstOpenStep,
  HIDDEN_WHEN_STEPPING,
  useCriterionSteps,
} from "@/components/scoring-steps/use-criterion-steps";
import type { SavedScore } from "@/lib/evaluations/mutations";
import { scoreEvaluation } from "@/lib/evaluations/scoring-rules";
import {
  CRITERION_HEADING,
  CriterionFieldset,
  type ScoringCriterionView,
} from "./criterion-fieldset";
import { ScoreSummaryTable, SummaryText } from "./score-summary";
import { useScoreSaver } from "./use-score-saver";

export type ScoringCategoryView = { id: string; name: string; criteria: ScoringCriterionView[] };

type Props = {
  agendaItemId: string;
  categories: ScoringCategoryView[];
  initialScores: SavedScore[];
  readOnly: boolean;
};

/**
 * The whole grid for one rater and one WISE. Rendered on the server with what is saved, so a
 * reload shows exactly that; from then on every change is saved as it is made. Progress and
 * scores come from scoring-rules applied to what is saved, not to unsaved drafts.
 * Below the `lg` breakpoint (phones, tablets) it shows one criterion at a time with Next and
 * Previous, starting at the first one without an answer; wider screens show the whole grid.
 */
export function ScoreGrid({ agendaItemId, categories, initialScores, readOnly }: Props) {
  const saver = useScoreSaver(agendaItemId, initialScores);
  const scores = useMemo(
    () => scoreEvaluation(categories, Object.values(saver.saved)),
    [categories, saver.saved],
  );
  const items = categories.flatMap((category) =>
    category.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      group: category.name,
      answered: Boolean(saver.saved[criterion.id]),
    })),
  );
  const steps = useCriterionSteps(items, CRITERION_HEADING, firstOpenStep(items));
  const stepIndex = new Map(items.map((item, index) => [item.id, index]));
  const currentId = items[steps.current]?.id;
  return (
    <>
      <ScoreSummaryTable
        rows={categories.map((category, index) => ({
          id: category.id,
          name: category.name,
          summary: scores.categories[index],
        }))}
        overall={scores.overall}
        onCategoryLink={(categoryId, event) => {
          // One criterion a screen: the category's section is not on the page to scroll to.
          if (!steps.isStepping()) return;
          event.preventDefault();
          const first = categories.find((category) => category.id === categoryId)?.criteria[0];
          if (first) steps.goTo(stepIndex.get(first.id) ?? 0);
        }}
      />
      <StepProgress steps={steps} />
      {categories.map((category, index) => (
        <section
          key={category.id}
          id={`category-${category.id}`}
          aria-labelledby={`category-${category.id}-name`}
          className={`mb-8 ${category.criteria.some((c) => c.id === currentId) ? "" : HIDDEN_WHEN_STEPPING}`}
        >
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-300 pb-1">
            <h2 id={`category-${category.id}-name`} className="text-xl font-semibold">
              {category.name}
            </h2>
            <p className="text-slate-800">
              <SummaryText summary={scores.categories[index]} />
            </p>
          </div>
          {category.criteria.map((criterion) => (
            <div key={criterion.id} className={steps.stepClass(stepIndex.get(criterion.id) ?? -1)}>
              <CriterionFieldset
                criterion={criterion}
                draft={saver.drafts[criterion.id]}
                status={saver.statuses[criterion.id] ?? { kind: "idle" }}
                readOnly={readOnly}
                levelsShown={steps.levelsShown}
                onToggleLevels={steps.toggleLevels}
                onChange={(patch, save) => saver.change(criterion.id, patch, save)}
                onCommitText={() => saver.commitText(criterion.id)}
                onRetry={() => saver.retry(criterion.id)}
                onTakeCurrent={() => {
                  const status = saver.statuses[criterion.id];
                  if (status?.kind === "conflict") saver.takeCurrent(criterion.id, status.current);
                }}
                onKeepMine={() => {
                  const status = saver.statuses[criterion.id];
                  if (status?.kind === "conflict") saver.keepMine(criterion.id, status.current);
                }}
              />
            </div>
          ))}
        </section>
      ))}
      <StepButtons steps={steps} />
    </>
  );
}
