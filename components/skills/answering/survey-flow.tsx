"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { readStorage } from "@/lib/client/use-send-queue";
import { parseStoredSurveyQueue, surveyQueueKey } from "@/lib/skills/answers/client/answer-queue";
import { useAnswerQueue } from "@/lib/skills/answers/client/use-answer-queue";
import type { SavedAnswer, SurveySkillView } from "@/lib/skills/answers/queries";
import { EMPTY_ANSWER, resumeIndex, type SkillAnswerState } from "@/lib/skills/answers/rules";
import { firstStepOfSkill, moveStep, surveySteps } from "@/lib/skills/answers/steps";
import { EasyReadQuestion } from "./easy-read-question";
import {
  BarriersQuestion,
  FormatQuestion,
  NeedQuestion,
  type ProfileAnswers,
} from "./profile-questions";
import { SaveStatusLine } from "./save-status-line";
import { SkillCard } from "./skill-card";

type Props = {
  code: string;
  responseId: string;
  easyRead: boolean;
  interview: boolean;
  skills: SurveySkillView[];
  initialAnswers: SavedAnswer[];
  initialProfile: ProfileAnswers;
};

/**
 * The questions, one screen at a time, each answer queued (and sent) the moment it is given.
 * Opens where the respondent stopped: the first skill not fully answered, or the thank-you
 * once they finished.
 */
export function SurveyFlow({
  code,
  responseId,
  easyRead,
  interview,
  skills,
  initialAnswers,
  initialProfile,
}: Props) {
  const t = useTranslations("SurveyAnswer");
  const queue = useAnswerQueue(code, responseId);
  const [answers, setAnswers] = useState(
    () =>
      new Map(
        initialAnswers.map(({ skillId, ...answer }) => [skillId, answer as SkillAnswerState]),
      ),
  );
  const [profile, setProfile] = useState(initialProfile);
  const steps = surveySteps(skills.length, easyRead);
  const [current, setCurrent] = useState(() =>
    initialProfile.submitted
      ? steps.length - 1
      : firstStepOfSkill(
          steps,
          resumeIndex(
            skills.map((skill) => skill.id),
            answers,
          ),
        ),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Answers given on an earlier visit but not yet sent are newer than the server's: show them.
  useEffect(() => {
    const pending = parseStoredSurveyQueue(readStorage(surveyQueueKey(responseId)), responseId);
    if (pending.length === 0) return;
    setAnswers((before) => {
      const next = new Map(before);
      for (const change of pending) {
        if (change.kind !== "skill") continue;
        const { importanceNow, importanceFuture, mastery, notPartOfJob } = change;
        next.set(change.skillId, { importanceNow, importanceFuture, mastery, notPartOfJob });
      }
      return next;
    });
    for (const change of pending) {
      if (change.kind !== "profile") continue;
      const { barriers, preferredFormat, needText, submitted } = change;
      setProfile({ barriers, preferredFormat, needText, submitted });
    }
  }, [responseId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows each change of screen
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [current]);

  const step = steps[current] ?? { kind: "thanks" as const };
  const answerOf = (index: number) => answers.get(skills[index]?.id ?? "") ?? EMPTY_ANSWER;
  const go = (direction: 1 | -1) => {
    moved.current = true;
    setCurrent((at) => moveStep(steps, at, direction, answerOf));
  };
  const answerSkill = (index: number, answer: SkillAnswerState) => {
    const skillId = skills[index]?.id;
    if (!skillId) return;
    setAnswers((before) => new Map(before).set(skillId, answer));
    queue.change({ kind: "skill", skillId, ...answer });
  };
  const saveProfile = (next: ProfileAnswers) => {
    setProfile(next);
    queue.change({ kind: "profile", ...next });
  };

  const skillIndex = step.kind === "skill" || step.kind === "easy" ? step.skill : null;
  const skill = skillIndex === null ? null : skills[skillIndex];
  const title =
    skill !== null && skill !== undefined
      ? easyRead
        ? (skill.easyRead ?? skill.name)
        : skill.name
      : step.kind === "barriers"
        ? t("barriersTitle")
        : step.kind === "format"
          ? t("formatTitle")
          : step.kind === "need"
            ? t("needTitle")
            : t("thanksTitle");
  const waiting = queue.state.queue.length > 0;

  return (
    <div className={easyRead ? "text-lg" : undefined}>
      <SaveStatusLine status={queue.status} />
      {interview && <p className="mb-3 font-semibold text-slate-800">{t("supported")}</p>}
      {skill && skillIndex !== null && (
        <p className="mb-1 text-sm text-slate-800" data-testid="survey-progress">
          {t("area", { area: skill.area })} ·{" "}
          {easyRead
            ? t("easyProgress", { current: current + 1, total: skills.length * 3 })
            : t("progress", { current: skillIndex + 1, total: skills.length })}
        </p>
      )}
      {skill && skillIndex !== null && (
        <progress
          className="mb-3 h-2 w-full"
          max={skills.length}
          value={skillIndex}
          aria-label={t("progress", { current: skillIndex + 1, total: skills.length })}
        />
      )}
      <h2
        ref={heading}
        tabIndex={-1}
        className="mb-4 text-2xl font-bold text-slate-900 focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        {easyRead && skill ? <span className="sr-only">{skill.name}: </span> : null}
        {title}
      </h2>
      {step.kind === "skill" && skill && (
        <SkillCard
          skill={skill}
          answer={answerOf(step.skill)}
          onChange={(a) => answerSkill(step.skill, a)}
        />
      )}
      {step.kind === "easy" && skill && (
        <EasyReadQuestion
          skill={skill}
          question={step.question}
          answer={answerOf(step.skill)}
          onChange={(a) => answerSkill(step.skill, a)}
        />
      )}
      {step.kind === "barriers" && (
        <BarriersQuestion
          large={easyRead}
          value={profile.barriers}
          onChange={(barriers) => saveProfile({ ...profile, barriers })}
        />
      )}
      {step.kind === "format" && (
        <FormatQuestion
          large={easyRead}
          value={profile.preferredFormat}
          onChange={(preferredFormat) => saveProfile({ ...profile, preferredFormat })}
        />
      )}
      {step.kind === "need" && (
        <NeedQuestion
          value={profile.needText}
          onInput={(needText) => setProfile({ ...profile, needText })}
          onCommit={() => saveProfile(profile)}
        />
      )}
      {step.kind === "thanks" && (
        <div>
          <p className="mb-4">{waiting ? t("thanksWaiting") : t("thanksText")}</p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className={buttonClasses("secondary")}
              onClick={() => {
                moved.current = true;
                setCurrent(0);
              }}
            >
              {t("change")}
            </button>
            {interview && !waiting && (
              <a href={`/survey/${code}/interview`} className={buttonClasses()}>
                {t("nextInterview")}
              </a>
            )}
          </div>
        </div>
      )}
      {step.kind !== "thanks" && (
        <div className="mt-6 flex justify-between gap-3">
          <button
            type="button"
            className={`${buttonClasses("secondary")} ${easyRead ? "min-h-16 px-6 text-lg" : ""}`}
            onClick={() => go(-1)}
            disabled={current === 0}
          >
            {t("previous")}
          </button>
          <button
            type="button"
            className={`${buttonClasses()} ${easyRead ? "min-h-16 px-6 text-lg" : ""}`}
            onClick={() => {
              if (step.kind === "need") saveProfile({ ...profile, submitted: true });
              go(1);
            }}
          >
            {step.kind === "need" ? t("finish") : t("next")}
          </button>
        </div>
      )}
    </div>
  );
}
