/**
 * The easy-read answers' pictures: rising bars, as many filled as the answer's level, and a
 * crossed circle for "I don't do this at work". Decorative: the text label beside each says it.
 */
export function LevelIcon({ level, max }: { level: number; max: number }) {
  const width = 8;
  const gap = 3;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${max * (width + gap)} 40`}
      className="h-10 w-auto shrink-0"
    >
      {Array.from({ length: max }, (_, index) => {
        const height = 10 + (30 * (index + 1)) / max;
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: bars are positions, never reordered
            key={index}
            x={index * (width + gap)}
            y={40 - height}
            width={width}
            height={height}
            rx={2}
            className={index < level ? "fill-teal-800" : "fill-none stroke-slate-600"}
            strokeWidth={1.5}
          />
        );
      })}
    </svg>
  );
}

export function NotPartIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 40 40" className="h-10 w-10 shrink-0">
      <circle cx="20" cy="20" r="16" className="fill-none stroke-slate-700" strokeWidth={3} />
      <line x1="9" y1="31" x2="31" y2="9" className="stroke-slate-700" strokeWidth={3} />
    </svg>
  );
}
