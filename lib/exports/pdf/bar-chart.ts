import "server-only";
import { COLORS, contentWidth, ensureSpace, type Pdf, tagged } from "./document";

/**
 * Grouped horizontal bars drawn with pdfkit's vector operations: one group per WISE, one bar per
 * category, on the grid's scale. Horizontal, so that long WISE names fit beside their bars.
 * The axis starts where the scale does (1, the lowest level), not at 0: a 0 that no score can
 * take would make a 2 look like two fifths of the way instead of a quarter.
 * The numbers are always written beside the bars and listed again in the report's text, so
 * the chart is never the only way to read them.
 */

export type ChartSeries = { label: string };
export type ChartGroup = {
  label: string;
  /** One per series; `text` is written instead of a bar when `value` is null. */
  bars: { value: number | null; text: string }[];
};

/** Distinguishable in grey print too (dark, medium, light), and each keeps 3:1 against white. */
const SERIES_COLORS = ["#115e59", "#b45309", "#4338ca", "#be123c"];

const LABEL_WIDTH = 150;
const BAR_HEIGHT = 10;
const BAR_GAP = 3;
const GROUP_GAP = 10;

/** `step`: the distance between ticks (1 unless given; a 0–100 scale labels every 10 or 20). */
type Scale = { min: number; max: number; step?: number };

/** Where `value` lies on an axis `width` long that runs from the scale's min to its max. */
export function scaleOffset(scale: Scale, width: number, value: number): number {
  const clamped = Math.min(Math.max(value, scale.min), scale.max);
  return (width * (clamped - scale.min)) / (scale.max - scale.min);
}

function drawScale(doc: Pdf, x0: number, width: number, scale: Scale) {
  const y = doc.y;
  doc.font("regular").fontSize(7).fillColor(COLORS.muted);
  for (let tick = scale.min; tick <= scale.max; tick += scale.step ?? 1) {
    const x = x0 + scaleOffset(scale, width, tick);
    doc.text(String(tick), x - 10, y, { width: 20, align: "center", lineBreak: false });
  }
  doc.y = y + 10;
}

function drawLegend(doc: Pdf, series: readonly ChartSeries[]) {
  const left = doc.page.margins.left;
  const right = left + contentWidth(doc);
  let x = left;
  let y = doc.y;
  doc.font("regular").fontSize(8);
  series.forEach((entry, index) => {
    const width = 12 + doc.widthOfString(entry.label) + 16;
    if (x > left && x + width > right) {
      x = left;
      y += 12;
    }
    doc.rect(x, y + 1, 8, 8).fill(SERIES_COLORS[index % SERIES_COLORS.length]);
    doc.fillColor(COLORS.text).text(entry.label, x + 12, y, { lineBreak: false });
    x += width;
  });
  doc.x = left;
  doc.y = y + 16;
}

/** The chart as one figure whose alternative text is `chart.alt` (it says where the figures are). */
export function drawBarChart(
  doc: Pdf,
  chart: {
    series: readonly ChartSeries[];
    groups: readonly ChartGroup[];
    /** The scale's ends: 1 and 5 for the grid's levels. */
    min: number;
    max: number;
    step?: number;
    alt: string;
  },
) {
  tagged(doc, "Figure", () => drawBars(doc, chart), { alt: chart.alt });
}

function drawBars(
  doc: Pdf,
  chart: { series: readonly ChartSeries[]; groups: readonly ChartGroup[] } & Scale,
) {
  const left = doc.page.margins.left;
  const x0 = left + LABEL_WIDTH;
  const width = contentWidth(doc) - LABEL_WIDTH - 40;
  ensureSpace(doc, 60);
  drawLegend(doc, chart.series);
  drawScale(doc, x0, width, chart);
  for (const group of chart.groups) {
    const height = group.bars.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
    const pageBefore = doc.page;
    ensureSpace(doc, height);
    if (doc.page !== pageBefore) drawScale(doc, x0, width, chart);
    const top = doc.y;
    doc.font("bold").fontSize(8).fillColor(COLORS.text);
    doc.text(group.label, left, top, { width: LABEL_WIDTH - 8, height, ellipsis: true });
    // Light vertical lines at each step of the scale, behind the bars.
    for (let tick = chart.min; tick <= chart.max; tick += chart.step ?? 1) {
      const x = x0 + scaleOffset(chart, width, tick);
      doc
        .moveTo(x, top)
        .lineTo(x, top + height - GROUP_GAP)
        .lineWidth(0.5)
        .stroke(COLORS.rule);
    }
    group.bars.forEach((bar, index) => {
      const y = top + index * (BAR_HEIGHT + BAR_GAP);
      // A score at the bottom of the scale still gets a sliver of bar, so it reads as a score.
      const length = bar.value === null ? 0 : Math.max(1.5, scaleOffset(chart, width, bar.value));
      if (length > 0) {
        doc.rect(x0, y, length, BAR_HEIGHT).fill(SERIES_COLORS[index % SERIES_COLORS.length]);
      }
      doc
        .font("regular")
        .fontSize(7)
        .fillColor(bar.value === null ? COLORS.muted : COLORS.text)
        .text(bar.text, x0 + length + 4, y + 1.5, { lineBreak: false });
    });
    doc.fillColor(COLORS.text);
    doc.x = left;
    doc.y = top + height;
  }
}
