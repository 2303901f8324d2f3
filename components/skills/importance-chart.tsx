"use client";

import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ImportancePoint = { label: string; mastery: number; importance: number };

/**
 * Importance–performance chart: mastery across, importance up, split at the means of the skills
 * shown. Labels come from the server (no catalogue in the browser). Hidden from assistive
 * technology because the table beside it says the same.
 */
export function ImportanceChart({
  points,
  split,
  masteryLabel,
  importanceLabel,
}: {
  points: ImportancePoint[];
  split: { mastery: number; importance: number };
  masteryLabel: string;
  importanceLabel: string;
}) {
  return (
    <div aria-hidden="true" style={{ width: "100%", height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis
            type="number"
            dataKey="mastery"
            name={masteryLabel}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fill: "#1e293b", fontSize: 12 }}
            label={{ value: masteryLabel, position: "insideBottom", offset: -12, fill: "#1e293b" }}
          />
          <YAxis
            type="number"
            dataKey="importance"
            name={importanceLabel}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fill: "#1e293b", fontSize: 12 }}
            width={32}
          />
          <ReferenceLine x={split.mastery} stroke="#555555" strokeDasharray="4 4" />
          <ReferenceLine y={split.importance} stroke="#555555" strokeDasharray="4 4" />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? value.toFixed(2) : String(value))}
            labelFormatter={() => ""}
          />
          <Scatter data={points} fill="#0072B2" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
