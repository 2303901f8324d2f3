import { getTranslations } from "next-intl/server";
import { STEP_LOOK } from "@/components/reviews/step-look";
import type { TimelineEntry } from "@/lib/case-studies/rules";
import { getDateFormatter } from "@/lib/dates/reader";

/** The study's review steps and status changes, oldest first, with who and when. */
export async function CaseStudyTimeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, tStatus, dates] = await Promise.all([
    getTranslations("CaseStudies.review"),
    getTranslations("CaseStudies.status"),
    getDateFormatter(),
  ]);
  const when = (at: Date) => (
    <time dateTime={at.toISOString()}>{dates.dateTime(at, "medium")}</time>
  );
  return (
    <section aria-labelledby="timeline-heading" className="mb-6">
      <h3 id="timeline-heading" className="mb-2 text-lg font-semibold">
        {t("timelineHeading")}
      </h3>
      {entries.length === 0 ? (
        <p>{t("timelineEmpty")}</p>
      ) : (
        <ol className="grid gap-3" data-testid="case-study-timeline">
          {entries.map((entry) =>
            entry.kind === "review" ? (
              <li
                key={entry.id}
                className={`rounded-lg border border-l-4 bg-white p-3 ${STEP_LOOK[entry.step].border}`}
              >
                <p className="font-semibold">
                  <span aria-hidden="true">{STEP_LOOK[entry.step].icon} </span>
                  {t(`step.${entry.step}`)}
                </p>
                {entry.body && <p className="mt-1 whitespace-pre-line break-words">{entry.body}</p>}
                <p className="mt-1 text-sm text-slate-700">
                  {entry.author}, {when(entry.at)}
                </p>
              </li>
            ) : (
              <li key={entry.id} className="px-3 text-sm text-slate-700">
                {t("statusEntry", {
                  from: tStatus(entry.fromStatus),
                  to: tStatus(entry.toStatus),
                })}{" "}
                · {entry.author}, {when(entry.at)}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
