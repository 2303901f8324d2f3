import { getTranslations } from "next-intl/server";
import { STEP_LOOK } from "@/components/reviews/step-look";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SessionReviewView } from "@/lib/reviews/queries";

/** Every review step and status change of the session, oldest first, with who and when. */
export async function ReviewTimeline({ entries }: { entries: SessionReviewView["timeline"] }) {
  const [t, tSessions, dates] = await Promise.all([
    getTranslations("Reviews"),
    getTranslations("Sessions"),
    getDateFormatter(),
  ]);
  const when = (at: Date) => (
    <time dateTime={at.toISOString()}>{dates.dateTime(at, "medium")}</time>
  );
  return (
    <section aria-labelledby="timeline-heading" className="mb-8">
      <h2 id="timeline-heading" className="mb-2 text-xl font-semibold">
        {t("timelineHeading")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("timelineEmpty")}</p>
      ) : (
        <ol className="grid gap-3">
          {entries.map((entry) =>
            entry.kind === "review" ? (
              <li
                key={entry.id}
                className={`rounded-lg border-l-4 border bg-white p-3 ${STEP_LOOK[entry.step].border}`}
              >
                <p className="font-semibold">
                  <span aria-hidden="true">{STEP_LOOK[entry.step].icon} </span>
                  {t(`step.${entry.step}`)}
                </p>
                {entry.body && <p className="mt-1 whitespace-pre-line break-words">{entry.body}</p>}
                <p className="mt-1 text-sm text-slate-700">
                  {entry.author.name}, {when(entry.at)}
                </p>
              </li>
            ) : (
              <li key={entry.id} className="px-3 text-sm text-slate-700">
                {t("statusEntry", {
                  from: tSessions(`status.${entry.fromStatus}`),
                  to: tSessions(`status.${entry.toStatus}`),
                })}
                {entry.reason && <> — {entry.reason}</>} · {entry.changedBy.name}, {when(entry.at)}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
