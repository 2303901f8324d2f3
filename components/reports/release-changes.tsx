import { getLocale, getTranslations } from "next-intl/server";
import { assertNever } from "@/lib/assert-never";
import type { ReportChange } from "@/lib/reports/diff";
import type { TableCell } from "@/lib/reports/snapshot";

const shown = (cell: TableCell) => (cell === null || cell === "" ? "—" : String(cell));

/** What changed in a release, one sentence per change, in the reader's language. */
export async function ReleaseChanges({ changes }: { changes: readonly ReportChange[] }) {
  const [t, locale] = await Promise.all([getTranslations("Reports.changes"), getLocale()]);
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const sentence = (change: ReportChange): string[] => {
    switch (change.kind) {
      case "firstRelease":
        return [t("firstRelease")];
      case "titleChanged":
        return [t("titleChanged", { before: change.before, after: change.after })];
      case "chapterAdded":
      case "chapterRemoved":
      case "narrativeWritten":
      case "narrativeChanged":
      case "narrativeRemoved":
        return [t(change.kind, { title: change.title })];
      case "tableAdded":
      case "tableRemoved":
      case "chartAdded":
      case "chartRemoved":
        return [t(change.kind, { title: change.title, caption: change.caption })];
      case "tableChanged": {
        const cells = change.cells.map((cell) =>
          t("cell", { ...cell, before: shown(cell.before), after: shown(cell.after) }),
        );
        if (change.cellCount > change.cells.length)
          cells.push(t("moreCells", { count: change.cellCount - change.cells.length }));
        return [
          t("tableChanged", { title: change.title, caption: change.caption }),
          ...(change.rowsAdded.length > 0
            ? [t("rowsAdded", { rows: list(change.rowsAdded) })]
            : []),
          ...(change.rowsRemoved.length > 0
            ? [t("rowsRemoved", { rows: list(change.rowsRemoved) })]
            : []),
          ...(cells.length > 0 ? [`${cells.join("; ")}.`] : []),
        ];
      }
      case "chartChanged":
        return [
          t("chartChanged", {
            title: change.title,
            caption: change.caption,
            bars: list(
              change.bars.map((bar) =>
                t("bar", { label: bar.label, before: shown(bar.before), after: shown(bar.after) }),
              ),
            ),
          }),
        ];
      case "blocksChanged": {
        const named = change.block === "heading";
        return [
          ...(change.added > 0
            ? [
                named
                  ? t("namesAdded", { title: change.title, names: list(change.addedTexts) })
                  : t(`added.${change.block}`, { title: change.title, count: change.added }),
              ]
            : []),
          ...(change.removed > 0
            ? [
                named
                  ? t("namesRemoved", { title: change.title, names: list(change.removedTexts) })
                  : t(`removed.${change.block}`, { title: change.title, count: change.removed }),
              ]
            : []),
        ];
      }
      default:
        return assertNever(change);
    }
  };
  if (changes.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="list-disc pl-6">
      {changes.map((change, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a release's changes are stored once, never reordered
        <li key={index}>{sentence(change).join(" ")}</li>
      ))}
    </ul>
  );
}
