"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/components/ui/error-text";
import type { RowProblem } from "@/lib/wises/import-problems";
import { ScrollRegion } from "./scroll-region";

export type PreviewRow = { line: number; name: string; country: string; problems: RowProblem[] };

type Props = {
  rows: PreviewRow[];
  excluded: ReadonlySet<number>;
  onToggle: (line: number, include: boolean) => void;
  columnLabels: Record<string, string>;
};

/**
 * Every row of the file with a tick box and its problems beside it. Scrolls sideways on a narrow
 * screen; the whole first cell is the tick box's label, a big enough target for a finger.
 */
export function ImportPreviewTable({ rows, excluded, onToggle, columnLabels }: Props) {
  const t = useTranslations("WiseForm");
  const tErrors = useTranslations("Errors");
  const problemText = (problem: RowProblem) =>
    t("problem", {
      column: columnLabels[problem.field] ?? problem.field,
      message: errorText(tErrors, problem.error),
    });
  return (
    <ScrollRegion labelledBy="preview-caption">
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption id="preview-caption" className="sr-only">
          {t("previewCaption")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              {t("include")}
            </th>
            <th scope="col" className="p-2">
              {t("row")}
            </th>
            <th scope="col" className="p-2">
              {t("rowName")}
            </th>
            <th scope="col" className="p-2">
              {t("rowCountry")}
            </th>
            <th scope="col" className="p-2">
              {t("problems")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const included = !excluded.has(row.line);
            const hasProblems = row.problems.length > 0;
            return (
              <tr
                key={row.line}
                className={`border-b border-slate-200 align-top ${hasProblems ? "bg-red-50" : ""}`}
              >
                <td className="p-0">
                  <label className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center p-2">
                    <input
                      type="checkbox"
                      name="include"
                      value={row.line}
                      checked={included}
                      onChange={(event) => onToggle(row.line, event.currentTarget.checked)}
                      aria-label={t("includeRow", { line: row.line })}
                      className="size-5 accent-teal-800"
                    />
                  </label>
                </td>
                <td className="p-2">{row.line}</td>
                <td className="p-2">{row.name}</td>
                <td className="p-2">{row.country}</td>
                <td className="p-2">
                  {hasProblems ? (
                    <ul className="list-disc pl-5 text-red-800">
                      {row.problems.map((problem) => (
                        <li key={`${problem.field}-${problem.error}`}>{problemText(problem)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-teal-900">{t("ready")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
