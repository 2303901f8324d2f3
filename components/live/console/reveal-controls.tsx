"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { localName } from "@/lib/grids/rules";
import type { LiveCriterionReveal, LiveReveal } from "@/lib/live/events";
import { ControlAlert } from "../control-alert";
import type { ControlError, LiveControlBody } from "../use-live-control";

type Props = {
  reveal: LiveReveal;
  send: (where: string, body: LiveControlBody) => Promise<boolean>;
  busy: string | null;
  error: ControlError;
};

const SELECT =
  "min-h-11 rounded-md border border-slate-500 bg-white px-2 focus-visible:outline-3 focus-visible:outline-amber-500";

function AgreeControl({
  criterion,
  name,
  send,
  busy,
  error,
}: { criterion: LiveCriterionReveal; name: string } & Omit<Props, "reveal">) {
  const t = useTranslations("LiveConsole");
  const [level, setLevel] = useState(String(criterion.agreedLevel ?? ""));
  const id = `agree-${criterion.criterionId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm">
        {t("agreedLevelFor", { criterion: name })}
      </label>
      <select
        id={id}
        value={level}
        onChange={(event) => setLevel(event.target.value)}
        className={SELECT}
      >
        <option value="">—</option>
        {[1, 2, 3, 4, 5].map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={buttonClasses("secondary")}
        disabled={busy !== null || level === ""}
        aria-label={t("recordFor", { criterion: name })}
        onClick={() =>
          send(id, { action: "agree", criterionId: criterion.criterionId, level: Number(level) })
        }
      >
        {t("record")}
      </button>
      {criterion.agreedLevel !== null && (
        <span className="text-sm font-semibold text-teal-900">
          {t("agreed", { level: criterion.agreedLevel })}
        </span>
      )}
      <ControlAlert error={error} where={id} />
    </div>
  );
}

/**
 * Per criterion after the reveal: its answers, a box to score it again in a second round, and
 * the level the room agreed on.
 */
export function RevealControls({ reveal, send, busy, error }: Props) {
  const t = useTranslations("LiveConsole");
  const tLive = useTranslations("Live");
  const locale = useLocale();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section
      aria-labelledby="live-criteria"
      className="rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="live-criteria" className="text-xl font-semibold">
        {t("criteria")}
      </h2>
      <p className="mt-1 text-slate-800">{t("criteriaIntro")}</p>
      <ul className="mt-3 divide-y divide-slate-200">
        {reveal.criteria.map((criterion) => {
          const name = localName(locale, criterion);
          return (
            <li key={criterion.criterionId} className="space-y-2 py-3">
              <div className="flex items-start gap-3">
                <input
                  id={`again-${criterion.criterionId}`}
                  type="checkbox"
                  checked={chosen.has(criterion.criterionId)}
                  onChange={() => toggle(criterion.criterionId)}
                  aria-describedby={`answers-${criterion.criterionId}`}
                  className="mt-1 size-5 accent-teal-800"
                />
                <div>
                  <label htmlFor={`again-${criterion.criterionId}`} className="block font-medium">
                    {name}
                  </label>
                  <p id={`answers-${criterion.criterionId}`} className="text-sm text-slate-800">
                    {tLive("answersSummary", {
                      levels: criterion.levels
                        .map((count, index) => `${index + 1}: ${count}`)
                        .join(", "),
                      notApplicable: criterion.notApplicable,
                      unknown: criterion.unknown,
                    })}
                  </p>
                </div>
              </div>
              <AgreeControl
                criterion={criterion}
                name={name}
                send={send}
                busy={busy}
                error={error}
              />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className={`${buttonClasses("primary")} mt-3`}
        disabled={busy !== null || chosen.size === 0}
        onClick={() => send("secondRound", { action: "secondRound", criterionIds: [...chosen] })}
      >
        {t("secondRound", { count: chosen.size })}
      </button>
      <ControlAlert error={error} where="secondRound" />
    </section>
  );
}
