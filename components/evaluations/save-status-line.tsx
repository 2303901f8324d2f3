"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";
import { errorText } from "@/components/ui/error-text";
import type { SavedScore } from "@/lib/evaluations/mutations";
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import type { SaveStatus } from "./use-score-saver";

type Props = {
  id: string;
  status: SaveStatus;
  levels: string[];
  unit: ValueUnit | null;
  onRetry: () => void;
  onTakeCurrent: () => void;
  onKeepMine: () => void;
};

/**
 * What happened to the criterion's last change. "Saved" sits in a polite live region that is
 * emptied while saving, so that each save is announced again; failures and stale-edit
 * conflicts are alerts, with the way out right beside them.
 */
export function SaveStatusLine({
  id,
  status,
  levels,
  unit,
  onRetry,
  onTakeCurrent,
  onKeepMine,
}: Props) {
  const t = useTranslations("Scoring");
  const tErrors = useTranslations("Errors");

  function describeScore(score: SavedScore): string {
    const parts = [
      score.answer === "LEVEL" && score.level
        ? t("currentLevel", {
            level: score.level,
            descriptor: (levels[score.level - 1] ?? "").replace(/\.$/, ""),
          })
        : t(score.answer === "NOT_APPLICABLE" ? "notApplicable" : "unknown"),
    ];
    if (score.value) {
      const value = unit && unit !== "TEXT" ? `${score.value} ${t(`units.${unit}`)}` : score.value;
      parts.push(t("currentValue", { value }));
    }
    if (score.comment) parts.push(t("currentComment", { comment: score.comment }));
    return parts.join("; ");
  }

  const live =
    status.kind === "saved" ? t("saved") : status.kind === "needsAnswer" ? t("needsAnswer") : "";
  return (
    <div className="mt-3 min-h-6 text-sm">
      <p
        id={id}
        role="status"
        className={status.kind === "saved" ? "font-semibold text-teal-800" : "text-slate-800"}
      >
        {status.kind === "saved" && <span aria-hidden="true">✓ </span>}
        {live}
      </p>
      {status.kind === "saving" && (
        <p aria-hidden="true" className="text-slate-700">
          {t("saving")}
        </p>
      )}
      {status.kind === "failed" && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-red-700 bg-red-50 p-2 text-red-800"
        >
          <span>{t("failed", { reason: errorText(tErrors, status.message, "unexpected") })}</span>
          <button type="button" onClick={onRetry} className={buttonClasses("secondary")}>
            {t("retry")}
          </button>
        </div>
      )}
      {status.kind === "conflict" && (
        <div
          role="alert"
          className="rounded-md border border-amber-600 bg-amber-50 p-2 text-amber-950"
        >
          <p>
            {status.current
              ? t("conflict", { current: describeScore(status.current) })
              : t("conflictNothing")}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" onClick={onTakeCurrent} className={buttonClasses("primary")}>
              {t("takeCurrent")}
            </button>
            <button type="button" onClick={onKeepMine} className={buttonClasses("secondary")}>
              {t("keepMine")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
