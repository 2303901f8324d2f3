"use client";

import { useLocale } from "next-intl";
import {
  Bar,
  CartesianGrid,
  Legend,
  BarChart as RechartsBarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ChartSeries = { key: string; label: string };
export type ChartRow = { label: string } & Record<string, string | number | null>;

/**
 * Colours after Okabe-Ito (apart for common colour-vision deficiencies), darkened to at least
 * 3:1 against white. Colour is never the only cue: the legend names each series, and the table
 * beside every chart gives the figures.
 */
const COLOURS = ["#0072B2", "#C04F00", "#00795A", "#A8477F", "#7A5F00", "#5B4A9E", "#555555"];

/** Every whole number of a fixed domain, so that a 1-5 scale shows 1, 2, 3, 4 and 5. */
const wholeNumbers = ([from, to]: [number, number]) =>
  Array.from({ length: Math.floor(to) - Math.ceil(from) + 1 }, (_, i) => Math.ceil(from) + i);

type Props = {
  rows: ChartRow[];
  series: ChartSeries[];
  /** Stack the series (counts that add up, like a model mix) instead of grouping them. */
  stacked?: boolean;
  /** The value axis: 1-5 for scores, from 0 for counts. */
  domain?: [number, number];
  /** Whole numbers only on the value axis (counts). */
  integers?: boolean;
  height?: number;
};

/**
 * The only client component of the results pages: recharts draws in the browser. Hidden from
 * assistive technology (and out of the tab order) because the table beside it says the same.
 */
export function BarChart({
  rows,
  series,
  stacked = false,
  domain,
  integers = false,
  height = 320,
}: Props) {
  // The axis and the tooltip write numbers as the reader does (3,25 in German, 3.25 in English).
  const number = new Intl.NumberFormat(useLocale(), { maximumFractionDigits: 2 });
  const formatNumber = (value: unknown) =>
    typeof value === "number" ? number.format(value) : String(value ?? "");
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsBarChart
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis dataKey="label" tick={{ fill: "#1e293b", fontSize: 12 }} interval={0} />
          <YAxis
            domain={domain ?? [0, "auto"]}
            ticks={domain ? wholeNumbers(domain) : undefined}
            allowDecimals={!integers}
            tick={{ fill: "#1e293b", fontSize: 12 }}
            width={32}
            tickFormatter={formatNumber}
          />
          <Tooltip formatter={formatNumber} />
          {/* In the order of the series (the table's columns), not alphabetical. */}
          <Legend
            itemSorter={null}
            formatter={(value) => <span style={{ color: "#1e293b" }}>{value}</span>}
          />
          {series.map((entry, index) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              fill={COLOURS[index % COLOURS.length]}
              stackId={stacked ? "stack" : undefined}
              isAnimationActive={false}
            />
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
