"use client";

import { useTranslations } from "next-intl";
import type { LiveParticipantView, LiveRaterView } from "@/lib/live/events";

/**
 * Who has answered how much of the current WISE, never what: scoring is blind until the
 * reveal. Admitted guests and the signed-in raters of the session.
 */
export function ProgressPanel({
  participants,
  raters,
  criterionCount,
}: {
  participants: LiveParticipantView[];
  raters: LiveRaterView[];
  criterionCount: number;
}) {
  const t = useTranslations("LiveConsole");
  const rows = [
    ...participants
      .filter((p) => p.status === "ADMITTED")
      .map((p) => ({ id: p.userId, name: p.displayName, answered: p.answered })),
    ...raters.map((r) => ({ id: r.userId, name: r.name, answered: r.answered })),
  ];
  const done = rows.filter((row) => row.answered >= criterionCount).length;
  return (
    <section
      aria-labelledby="live-progress"
      className="rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="live-progress" className="text-xl font-semibold">
        {t("progress")}
      </h2>
      <p className="mt-1 text-slate-800">{t("progressSummary", { done, total: rows.length })}</p>
      <table className="mt-3 w-full text-left">
        <caption className="sr-only">{t("progressCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">
              {t("rater")}
            </th>
            <th scope="col" className="py-1">
              {t("answered")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-4 font-medium">
                {row.name}
              </th>
              <td className="py-1">
                {t("answeredOf", { answered: row.answered, total: criterionCount })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
