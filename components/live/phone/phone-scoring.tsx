"use client";

import { useTranslations } from "next-intl";
import { StepButtons } from "@/components/scoring-steps/step-buttons";
import { StepProgress } from "@/components/scoring-steps/step-progress";
import {
  HIDDEN_WHEN_STEPPING,
  useCriterionSteps,
} from "@/components/scoring-steps/use-criterion-steps";
import { buttonClasses } from "@/components/ui/button-classes";
import { latestPending } from "@/lib/live/client/score-queue";
import type { useScoreQueue } from "@/lib/live/client/use-score-queue";
import type { PhoneCategoryView } from "./live-phone";
import {
  PHONE_CRITERION_HEADING,
  PhoneCriterion,
  type PhoneCriterionView,
} from "./phone-criterion";

type Queue = ReturnType<typeof useScoreQueue>;

type Props = {
  wiseName: string;
  round: number;
  agendaItemId: string;
  categories: PhoneCategoryView[];
  queue: Queue;
};

/**
 * The criteria open for scoring, grouped by category, with what is saved and what waits: one
 * criterion a screen below the `lg` breakpoint. Keyed by WISE and round, so each starts afresh
 * at its first criterion.
 */
export function PhoneScoring(props: Props) {
  return <PhoneScoringSteps key={`${props.agendaItemId}:${props.round}`} {...props} />;
}

function PhoneScoringSteps({ wiseName, round, agendaItemId, categories, queue }: Props) {
  const t = useTranslations("LivePhone");
  const pending = latestPending(queue.queue, agendaItemId);
  const names = new Map<string, PhoneCriterionView>(
    categories.flatMap((category) => category.criteria.map((c) => [c.id, c] as const)),
  );
  const conflict = queue.conflict;
  const describeAnswer = (score: { answer: string; level: number | null } | null) =>
    !score
      ? t("nothingStored")
      : score.answer === "LEVEL"
        ? t("level", { level: score.level ?? 0 })
        : t(score.answer === "NOT_APPLICABLE" ? "notApplicable" : "unknown");
  // Answered: an answer is shown, saved or still waiting on this phone (the banner counts those).
  const items = categories.flatMap((category) =>
    category.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      group: category.name,
      answered: pending.has(criterion.id) || queue.saved.has(criterion.id),
    })),
  );
  const steps = useCriterionSteps(items, PHONE_CRITERION_HEADING);
  const stepIndex = new Map(items.map((item, index) => [item.id, index]));
  const currentId = items[steps.current]?.id;
  // A second round shows last round's answers to keep or change: "answered" would mislead.
  const tracksAnswers = round !== 2;

  return (
    <section aria-labelledby="live-scoring-heading">
      <h2 id="live-scoring-heading" className="mb-1 text-2xl font-bold">
        {t("scoreWise", { wise: wiseName })}
      </h2>
      <p className="mb-4 text-slate-800">{round === 2 ? t("roundTwoIntro") : t("scoringIntro")}</p>
      {conflict && (
        <div
          role="alert"
          className="mb-4 rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900"
        >
          <p className="font-medium">
            {t("conflict", {
              criterion: names.get(conflict.change.criterionId)?.name ?? "",
              current: describeAnswer(conflict.current),
              mine: describeAnswer(conflict.change),
            })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClasses("secondary")}
              onClick={queue.takeCurrent}
            >
              {t("takeCurrent")}
            </button>
            <button type="button" className={buttonClasses("primary")} onClick={queue.keepMine}>
              {t("keepMine")}
            </button>
          </div>
        </div>
      )}
      <StepProgress steps={steps} tracksAnswers={tracksAnswers} />
      {categories.map((category) => (
        <section
          key={category.id}
          aria-labelledby={`live-category-${category.id}`}
          className={`mb-6 ${category.criteria.some((c) => c.id === currentId) ? "" : HIDDEN_WHEN_STEPPING}`}
        >
          <h3 id={`live-category-${category.id}`} className="mb-2 text-xl font-semibold">
            {category.name}
          </h3>
          {category.criteria.map((criterion) => {
            const unsent = pending.get(criterion.id);
            const saved = queue.saved.get(criterion.id);
            return (
              <div
                key={criterion.id}
                className={steps.stepClass(stepIndex.get(criterion.id) ?? -1)}
              >
                <PhoneCriterion
                  criterion={criterion}
                  shown={unsent ?? saved ?? null}
                  unsent={Boolean(unsent)}
                  repeatable={round === 2}
                  levelsShown={steps.levelsShown}
                  onToggleLevels={steps.toggleLevels}
                  onChoose={(answer, level) => queue.change(criterion.id, answer, level)}
                />
              </div>
            );
          })}
        </section>
      ))}
      <StepButtons steps={steps} tracksAnswers={tracksAnswers} />
    </section>
  );
}
