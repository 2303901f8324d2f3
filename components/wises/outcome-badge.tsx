import type { ThresholdOutcome } from "@/lib/wises/threshold-rules";

const STYLES: Record<ThresholdOutcome, { className: string; symbol: string }> = {
  pass: { className: "border-teal-700 bg-teal-50 text-teal-900", symbol: "✓" },
  fail: { className: "border-red-700 bg-red-50 text-red-800", symbol: "✗" },
  unknown: { className: "border-slate-500 bg-slate-100 text-slate-800", symbol: "?" },
};

/** The outcome in words, with a symbol and colour as extras: never colour alone. */
export function OutcomeBadge({ outcome, label }: { outcome: ThresholdOutcome; label: string }) {
  const style = STYLES[outcome];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium ${style.className}`}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {label}
    </span>
  );
}
