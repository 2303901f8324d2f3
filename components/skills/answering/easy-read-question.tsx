"use client";

import { useTranslations } from "next-intl";
import type { SurveySkillView } from "@/lib/skills/answers/queries";
import type { SkillAnswerState } from "@/lib/skills/answers/rules";
import type { EasyQuestion } from "@/lib/skills/answers/steps";
import { ChoiceGroup } from "./choice-group";
import { LevelIcon, NotPartIcon } from "./rating-icon";
import { ReadAloudButton } from "./read-aloud-button";

const PROMPT = {
  importanceNow: "easyImportanceNow",
  importanceFuture: "easyImportanceFuture",
  mastery: "easyMastery",
} as const satisfies Record<EasyQuestion, string>;

/**
 * The easy-read version: one question a screen, the skill's plain sentence, big answers with a
 * picture each, and a button that reads it all aloud. The first question of a skill also offers
 * "I don't do this at work", which skips the other two.
 */
export function EasyReadQuestion({
  skill,
  question,
  answer,
  onChange,
}: {
  skill: SurveySkillView;
  question: EasyQuestion;
  answer: SkillAnswerState;
  onChange: (answer: SkillAnswerState) => void;
}) {
  const t = useTranslations("SurveyAnswer");
  const max = question === "mastery" ? 4 : 5;
  const choices = Array.from({ length: max }, (_, index) => {
    const level = index + 1;
    const label =
      question === "mastery"
        ? t("easyMasteryLevel", { level })
        : t("easyImportanceLevel", { level });
    return { value: level, label, icon: <LevelIcon level={level} max={max} /> };
  });
  const sentence = skill.easyRead ?? skill.name;
  const prompt = t(PROMPT[question]);
  const spoken = [sentence, prompt, ...choices.map((choice) => choice.label)];
  if (question === "importanceNow") spoken.push(t("easyNotPartOfJob"));
  return (
    <div>
      <p className="mb-3 text-xl">{sentence}</p>
      <div className="mb-4">
        <ReadAloudButton text={spoken.join(". ")} />
      </div>
      <ChoiceGroup
        large
        name={`${question}-${skill.id}`}
        legend={prompt}
        choices={choices}
        value={answer.notPartOfJob ? null : answer[question]}
        onChoose={(level) => onChange({ ...answer, notPartOfJob: false, [question]: level })}
      />
      {question === "importanceNow" && (
        <label className="flex min-h-16 cursor-pointer items-center gap-3 rounded-md border border-slate-500 bg-white p-3 text-lg font-semibold has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50">
          <input
            type="checkbox"
            checked={answer.notPartOfJob}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? {
                      importanceNow: null,
                      importanceFuture: null,
                      mastery: null,
                      notPartOfJob: true,
                    }
                  : { ...answer, notPartOfJob: false },
              )
            }
            className="size-6 shrink-0 accent-teal-800"
          />
          <NotPartIcon />
          <span>{t("easyNotPartOfJob")}</span>
        </label>
      )}
    </div>
  );
}
