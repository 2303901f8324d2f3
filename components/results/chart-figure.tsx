import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart, type ChartRow, type ChartSeries } from "./bar-chart";
import { ScrollRegion } from "./scroll-region";

type Props = {
  id: string;
  title: string;
  rows: ChartRow[];
  series: ChartSeries[];
  /** The heading of the table's first column (what each row is). */
  rowHeader: string;
  stacked?: boolean;
  domain?: [number, number];
  /** Decimals shown in the table: 2 for scores, 0 for counts. */
  decimals?: number;
};

/**
 * A chart with its text alternative: the same figures as a table, one click away in a
 * <details> that works without JavaScript. The chart itself is hidden from screen readers.
 */
export async function ChartFigure(props: Props) {
  const { id, title, rows, series, rowHeader, decimals = 2 } = props;
  const [t, format] = await Promise.all([getTranslations("Results"), getFormatter()]);
  const show = (value: string | number | null | undefined) =>
    typeof value === "number"
      ? format.number(value, { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
      : "—";
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p>{t("chart.empty")}</p>
      ) : (
        <>
          <BarChart
            rows={rows}
            series={series}
            stacked={props.stacked}
            domain={props.domain}
            integers={decimals === 0}
          />
          <details className="mt-2">
            <summary className="cursor-pointer font-medium text-teal-800 underline underline-offset-4">
              {t("chart.showTable")}
            </summary>
            <ScrollRegion labelledBy={`${id}-table`} className="mt-2">
              <table className="w-full border-collapse text-left text-sm">
                <caption id={`${id}-table`} className="sr-only">
                  {title}
                </caption>
                <thead>
                  <tr className="border-b border-slate-400">
                    <th scope="col" className="p-2">
                      {rowHeader}
                    </th>
                    {series.map((entry) => (
                      <th key={entry.key} scope="col" className="p-2 text-right">
                        {entry.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    // Labels may repeat (two WISEs of one name in different sessions).
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows never reorder.
                    <tr key={index} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">
                        {row.label}
                      </th>
                      {series.map((entry) => (
                        <td key={entry.key} className="p-2 text-right tabular-nums">
                          {show(row[entry.key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </figure>
  );
}
