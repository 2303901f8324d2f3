import { STEP_LOOK } from "@/components/reviews/step-look";
import { getDateFormatter } from "@/lib/dates/reader";
import type { ReviewStep } from "@/lib/generated/prisma/enums";

/**
 * One line of a review's story, already in the reader's language: a session's review and a case
 * study's map their own steps and status changes to it.
 */
export type ReviewTimelineEntry = {
  key: string;
  /** The review step, shown as a card with its mark and border; null for a status change. */
  step: ReviewStep | null;
  /** What happened: the step's name, or the status change ("Study: Draft → In review"). */
  what: string;
  /** The reviewer's words under a step, or the reason given for a status change. */
  text?: string | null;
  who: string;
  at: Date;
};

/** The heading level follows the page: a section of its own (2) or part of a review section (3). */
const HEADING = {
  2: { Tag: "h2", section: "mb-8", heading: "mb-2 text-xl font-semibold" },
  3: { Tag: "h3", section: "mb-6", heading: "mb-2 text-lg font-semibold" },
} as const;

/** Every review step and status change, oldest first, with who and when. */
export async function ReviewTimeline({
  entries,
  heading,
  empty,
  level,
  testId,
}: {
  entries: readonly ReviewTimelineEntry[];
  heading: string;
  empty: string;
  level: 2 | 3;
  testId?: string;
}) {
  const dates = await getDateFormatter();
  const when = (at: Date) => (
    <time dateTime={at.toISOString()}>{dates.dateTime(at, "medium")}</time>
  );
  const { Tag, ...classes } = HEADING[level];
  return (
    <section aria-labelledby="timeline-heading" className={classes.section}>
      <Tag id="timeline-heading" className={classes.heading}>
        {heading}
      </Tag>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="grid gap-3" data-testid={testId}>
          {entries.map((entry) =>
            entry.step ? (
              <li
                key={entry.key}
                className={`rounded-lg border border-l-4 bg-white p-3 ${STEP_LOOK[entry.step].border}`}
              >
                <p className="font-semibold">
                  <span aria-hidden="true">{STEP_LOOK[entry.step].icon} </span>
                  {entry.what}
                </p>
                {entry.text && <p className="mt-1 whitespace-pre-line break-words">{entry.text}</p>}
                <p className="mt-1 text-sm text-slate-700">
                  {entry.who}, {when(entry.at)}
                </p>
              </li>
            ) : (
              <li key={entry.key} className="px-3 text-sm text-slate-700">
                {entry.what}
                {entry.text && <> — {entry.text}</>} · {entry.who}, {when(entry.at)}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
