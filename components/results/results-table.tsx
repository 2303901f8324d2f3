import type { createFormatter } from "next-intl";
import type { ReactNode } from "react";
import { localName, type Worded } from "@/lib/grids/rules";
import { scoreText } from "./score-cells";
import { ScrollRegion } from "./scroll-region";

/** A right-aligned cell of figures, digits lined up. */
export const NUMBER_CELL = "p-2 text-right tabular-nums";

type Category = Worded & { code: string };

/**
 * A results table in its keyboard-scrollable region, named by its caption. `tableClassName`
 * carries the minimum width, which is what makes the region scroll on a phone.
 */
export function ResultsTable(props: {
  captionId: string;
  caption: string;
  tableClassName: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollRegion
      labelledBy={props.captionId}
      className={`rounded-lg border border-slate-300 bg-white ${props.className ?? ""}`}
    >
      <table className={`w-full border-collapse text-left ${props.tableClassName}`}>
        <caption id={props.captionId} className="p-2 text-left text-base font-semibold">
          {props.caption}
        </caption>
        {props.children}
      </table>
    </ScrollRegion>
  );
}

/** One column header per grid category, in the reader's language, then "Overall". */
export function CategoryHeaders(props: {
  categories: Category[];
  locale: string;
  overallLabel: string;
}) {
  return (
    <>
      {props.categories.map((category) => (
        <th key={category.code} scope="col" className={NUMBER_CELL}>
          {localName(props.locale, category)}
        </th>
      ))}
      <th scope="col" className={NUMBER_CELL}>
        {props.overallLabel}
      </th>
    </>
  );
}

/** The cells under CategoryHeaders: each category's score, then the overall one. */
export function CategoryScoreCells(props: {
  categories: Category[];
  format: ReturnType<typeof createFormatter>;
  scoreOf: (code: string) => number | null | undefined;
}) {
  return (
    <>
      {props.categories.map((category) => (
        <td key={category.code} className={NUMBER_CELL}>
          {scoreText(props.format, props.scoreOf(category.code))}
        </td>
      ))}
      <td className={NUMBER_CELL}>{scoreText(props.format, props.scoreOf("overall"))}</td>
    </>
  );
}
