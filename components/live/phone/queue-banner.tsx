"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";
import { errorText } from "@/components/ui/error-text";
import type { useScoreQueue } from "@/lib/live/client/use-score-queue";

type Queue = ReturnType<typeof useScoreQueue>;

/**
 * Why answers are waiting on this phone: no connection (they are kept and sent later), or the
 * server refused them for good (e.g. scoring closed), with a way to let them go. It sticks to
 * the top of the screen, so a guest scrolling through a criterion still sees that (and how
 * many of) their answers are not yet saved.
 */
export function QueueBanner({ queue }: { queue: Queue }) {
  const t = useTranslations("LivePhone");
  const tErrors = useTranslations("Errors");
  const waiting = queue.queue.length;
  const offline = !queue.online || queue.problem?.kind === "retrying";
  return (
    <div aria-live="polite" className="sticky top-0 z-10 mb-3" data-testid="queue-banner">
      {offline && (
        <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950 shadow-md">
          <p className="font-semibold">
            {t("offline")}
            {waiting > 0 && ` ${t("waitingCount", { count: waiting })}`}
          </p>
          <p>{t("offlineKept")}</p>
        </div>
      )}
      {queue.problem?.kind === "stopped" && waiting > 0 && (
        <div
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900"
        >
          <p>
            {t("notSent", {
              count: waiting,
              reason: errorText(tErrors, queue.problem.error, "unexpected"),
            })}
          </p>
          <button
            type="button"
            className={`${buttonClasses("secondary")} mt-2`}
            onClick={queue.discard}
          >
            {t("discard")}
          </button>
        </div>
      )}
    </div>
  );
}
