import "server-only";
import { countryName } from "@/lib/countries/catalogue";
import {
  createPdf,
  heading,
  numberPages,
  paragraph,
  pdfBytes,
  title,
} from "@/lib/exports/pdf/document";
import { dataTable } from "@/lib/exports/pdf/table";
import { exportTranslator, numberFormat } from "@/lib/exports/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { GapMap } from "./queries";

/** The gap map as a tagged PDF (DejaVu Sans): the heatmap, then each group's priorities. */
export async function gapMapPdf(
  map: GapMap,
  skillName: (code: string) => string,
  scopeName: string,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = await exportTranslator(locale);
  const n = numberFormat(locale, 2);
  const doc = createPdf({ title: t("SkillGaps.pdfTitle", { scope: scopeName }), lang: locale });
  title(doc, t("SkillGaps.pdfTitle", { scope: scopeName }), [t("SkillGaps.pdfNote")]);
  const rowsName = t(`SkillGaps.rowsBy.${map.rows}`).toLowerCase();
  const rowLabel = (key: string) =>
    map.rows === "group"
      ? t(`SkillGaps.groups.${key}` as "SkillGaps.groups.ENABLER")
      : map.rows === "country"
        ? countryName(key, locale)
        : key === "NONE"
          ? t("SkillGaps.noModel")
          : t(`Models.${key}.name` as "Models.PRODUCTIVE.name");
  if (map.heatmap.rowKeys.length > 0) {
    heading(doc, t("SkillGaps.heatmap", { rows: rowsName }));
    dataTable(doc, {
      headers: [
        t("SkillGaps.rowHeader"),
        ...map.heatmap.areas.map((a) => t(`SkillGaps.areas.${a}` as "SkillGaps.areas.WORK")),
      ],
      rows: map.heatmap.rowKeys.map((key) => [
        rowLabel(key),
        ...map.heatmap.areas.map((area) => {
          const cell = map.heatmap.cells[`${key}|${area}`];
          if (!cell) return "—";
          return cell.gap === null ? t("SkillGaps.notShown") : n(cell.gap);
        }),
      ]),
    });
  }
  for (const group of map.groups) {
    const groupName = t(`SkillGaps.groups.${group.group}`);
    heading(doc, t("SkillGaps.priorities", { group: groupName }));
    if (group.hiddenSkills > 0)
      paragraph(doc, t("SkillGaps.hiddenSkills", { count: group.hiddenSkills }));
    dataTable(doc, {
      headers: (["skill", "importance", "mastery", "gap", "mwds", "quadrant"] as const).map((c) =>
        t(`SkillGaps.columns.${c}`),
      ),
      widths: [4, 1, 1, 1, 1, 2],
      rows: group.skills.map((skill) => [
        `${skill.rank}. ${skillName(skill.code)}`,
        n(skill.meanImportance),
        n(skill.meanMastery),
        n(skill.gap),
        n(skill.mwds),
        t(`SkillGaps.quadrants.${skill.quadrant}`),
      ]),
    });
  }
  numberPages(doc, (page, pages) => t("SkillGaps.pdfPage", { page, pages }));
  return pdfBytes(doc);
}
