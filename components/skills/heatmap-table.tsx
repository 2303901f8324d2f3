import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/results/scroll-region";
import type { Heatmap } from "@/lib/skills/gaps/gap-map";

/**
 * Bins of the gap, each with a background and a text colour of at least 4.5:1 contrast. Colour is
 * never the only cue: every cell also says its figure.
 */
function cellClasses(gap: number | null): string {
  if (gap === null) return "bg-slate-100 text-slate-700 italic";
  if (gap <= 0) return "bg-white text-slate-900";
  if (gap < 0.5) return "bg-red-50 text-slate-900";
  if (gap < 1) return "bg-red-100 text-slate-900";
  if (gap < 1.5) return "bg-red-200 text-slate-900";
  if (gap < 2) return "bg-red-300 text-slate-950";
  return "bg-red-800 text-white";
}

type Props = {
  id: string;
  title: string;
  heatmap: Heatmap;
  /** Each row's name, in the reader's language. */
  rowLabel: (key: string) => string;
  areaLabel: (area: string) => string;
};

/** The heatmap as what it is: a table of figures, coloured. */
export async function HeatmapTable({ id, title, heatmap, rowLabel, areaLabel }: Props) {
  const [t, format] = await Promise.all([getTranslations("SkillGaps"), getFormatter()]);
  if (heatmap.rowKeys.length === 0) return <p>{t("empty")}</p>;
  return (
    <figure aria-labelledby={`${id}-caption`} className="mb-6">
      <ScrollRegion labelledBy={`${id}-caption`}>
        <table className="border-collapse text-sm" data-testid="gap-heatmap">
          <caption id={`${id}-caption`} className="mb-1 text-left font-semibold">
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 p-2 text-left">
                {t("rowHeader")}
              </th>
              {heatmap.areas.map((area) => (
                <th
                  key={area}
                  scope="col"
                  className="border border-slate-300 p-2 text-left align-bottom"
                >
                  {areaLabel(area)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rowKeys.map((rowKey) => (
              <tr key={rowKey}>
                <th scope="row" className="border border-slate-300 p-2 text-left font-medium">
                  {rowLabel(rowKey)}
                </th>
                {heatmap.areas.map((area) => {
                  const cell = heatmap.cells[`${rowKey}|${area}`];
                  const gap = cell?.gap ?? null;
                  return (
                    <td
                      key={area}
                      className={`border border-slate-300 p-2 text-right tabular-nums ${cellClasses(gap)}`}
                    >
                      {cell === undefined
                        ? t("noAnswers")
                        : gap === null
                          ? t("notShown")
                          : format.number(gap, {
                              maximumFractionDigits: 2,
                              minimumFractionDigits: 2,
                            })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-1 text-sm text-slate-700">{t("heatmapHint")}</p>
    </figure>
  );
}
