"use client";

import { useMemo } from "react";
import type { SavedScore } from "@/lib/evaluations/mutations";
import { scoreEvaluation } from "@/lib/evaluations/scoring-rules";
import { CriterionFieldset, type ScoringCriterionView } from "./criterion-fieldset";
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
 */
export function ScoreGrid({ agendaItemId, categories, initialScores, readOnly }: Props) {
  const saver = useScoreSaver(agendaItemId, initialScores);
  const scores = useMemo(
    () => scoreEvaluation(categories, Object.values(saver.saved)),
    [categories, saver.saved],
  );
  return (
    <>
      <ScoreSummaryTable
        rows={categories.map((category, index) => ({
          id: category.id,
          name: category.name,
          summary: scores.categories[index],
        }))}
        overall={scores.overall}
      />
      {categories.map((category, index) => (
        <section
          key={category.id}
          id={`category-${category.id}`}
          aria-labelledby={`category-${category.id}-name`}
          className="mb-8"
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
            <CriterionFieldset
              key={criterion.id}
              criterion={criterion}
              draft={saver.drafts[criterion.id]}
              status={saver.statuses[criterion.id] ?? { kind: "idle" }}
              readOnly={readOnly}
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
          ))}
        </section>
      ))}
    </>
  );
}
