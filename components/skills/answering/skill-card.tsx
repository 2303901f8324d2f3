"use client";

import { useTranslations } from "next-intl";
import type { SurveySkillView } from "@/lib/skills/answers/queries";
import type { SkillAnswerState } from "@/lib/skills/answers/rules";
import { ChoiceGroup } from "./choice-group";

const IMPORTANCE = [1, 2, 3, 4, 5];
const MASTERY = [1, 2, 3, 4];

/**
 * One skill on a phone: importance now, importance in five years, mastery on the four-step
 * scale, or "not part of my job" (which clears and locks the three ratings).
 */
export function SkillCard({
  skill,
  answer,
  onChange,
}: {
  skill: SurveySkillView;
  answer: SkillAnswerState;
  onChange: (answer: SkillAnswerState) => void;
}) {
  const t = useTranslations("SurveyAnswer");
  const importance = IMPORTANCE.map((level) => ({
    value: level,
    label: t("importanceLevel", { level }),
  }));
  const mastery = MASTERY.map((level) => ({ value: level, label: t("masteryLevel", { level }) }));
  const set = (patch: Partial<SkillAnswerState>) => onChange({ ...answer, ...patch });
  return (
    <div>
      <ChoiceGroup
        name={`now-${skill.id}`}
        legend={t("importanceNow")}
        choices={importance}
        value={answer.importanceNow}
        onChoose={(importanceNow) => set({ importanceNow })}
        disabled={answer.notPartOfJob}
      />
      <ChoiceGroup
        name={`future-${skill.id}`}
        legend={t("importanceFuture")}
        choices={importance}
        value={answer.importanceFuture}
        onChoose={(importanceFuture) => set({ importanceFuture })}
        disabled={answer.notPartOfJob}
      />
      <ChoiceGroup
        name={`mastery-${skill.id}`}
        legend={t("mastery")}
        choices={mastery}
        value={answer.mastery}
        onChoose={(level) => set({ mastery: level })}
        disabled={answer.notPartOfJob}
      />
      <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-500 bg-white p-3 has-checked:border-2 has-checked:border-teal-800">
        <input
          type="checkbox"
          checked={answer.notPartOfJob}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? { importanceNow: null, importanceFuture: null, mastery: null, notPartOfJob: true }
                : { ...answer, notPartOfJob: false },
            )
          }
          className="size-5 shrink-0 accent-teal-800"
        />
        <span>{t("notPartOfJob")}</span>
      </label>
    </div>
  );
}
