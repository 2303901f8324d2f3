import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { countryName } from "@/lib/countries/catalogue";
import { attachmentHeader, CONTENT_TYPES, slugify } from "@/lib/exports/file-names";
import { exportTranslator } from "@/lib/exports/translator";
import { type Cell, type Table, tableToCsv, tableToXlsx } from "@/lib/exports/writers";
import type { Locale } from "@/lib/i18n/locales";
import { gapMapPdf } from "./gap-pdf";
import { type AnswerExportRow, answersExportSql } from "./gap-sql";
import { analyticReads, getCountryGapMap, getSkillNames, getSurveyGapMap } from "./queries";
import { MIN_RESPONDENTS } from "./rules";
import { GapFilterSchema } from "./schemas";
import { gapScope } from "./scope";

export const GAP_EXPORT_KINDS = ["aggregates", "answers", "pdf"] as const;
type Kind = (typeof GAP_EXPORT_KINDS)[number];

export type GapExportFile = {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  disposition: string;
};

/**
 * The gap map's files: aggregates (CSV, XLSX), anonymous answers (CSV, XLSX) and the map as a
 * PDF, of one survey (`survey=`) or of the reader's country or Europe, cut by the same filters as
 * the page. Null for an unknown survey; ForbiddenError out of the reader's scope.
 */
export async function buildGapExport(
  actor: Actor,
  params: URLSearchParams,
  locale: Locale,
): Promise<GapExportFile | null> {
  const kind: Kind = (GAP_EXPORT_KINDS as readonly string[]).includes(params.get("kind") ?? "")
    ? (params.get("kind") as Kind)
    : "aggregates";
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const filter = GapFilterSchema.parse(Object.fromEntries(params));
  const surveyId = params.get("survey") ?? undefined;
  const t = await exportTranslator(locale);
  const map = surveyId
    ? await getSurveyGapMap(actor, surveyId, filter)
    : { ...(await getCountryGapMap(actor, filter)), survey: null };
  if (!map) return null;
  const scopeName =
    map.survey?.title ??
    ("country" in map && map.country ? countryName(map.country, locale) : "europe");
  const skillName = await getSkillNames(
    map.groups.flatMap((group) => group.skills.map((skill) => skill.code)),
    locale,
  );
  const base = `${slugify(scopeName)}-skills`;
  if (kind === "pdf") {
    const body = await gapMapPdf(map, skillName, scopeName, locale);
    return {
      body,
      contentType: CONTENT_TYPES.pdf,
      disposition: attachmentHeader(`${base}-gap-map.pdf`),
    };
  }
  let table: Table;
  if (kind === "aggregates") {
    table = {
      headers: [
        "group",
        "skill_code",
        "skill",
        "area",
        "respondents",
        "importance_now",
        "importance_in_5_years",
        "mastery_1_5",
        "gap",
        "borich_mwds",
        "rank",
        "quadrant",
      ].map((column) => t(`SkillGaps.exportColumns.${column}` as "SkillGaps.exportColumns.group")),
      rows: map.groups.flatMap((group) =>
        group.skills.map((skill): Cell[] => [
          t(`SkillGaps.groups.${group.group}`),
          skill.code,
          skillName(skill.code),
          t(`SkillGaps.areas.${skill.area}` as "SkillGaps.areas.WORK"),
          skill.respondents,
          Number(skill.meanImportance.toFixed(3)),
          skill.meanFuture === null ? null : Number(skill.meanFuture.toFixed(3)),
          Number(skill.meanMastery.toFixed(3)),
          Number(skill.gap.toFixed(3)),
          Number(skill.mwds.toFixed(3)),
          skill.rank,
          t(`SkillGaps.quadrants.${skill.quadrant}`),
        ]),
      ),
    };
  } else {
    const filterWithScope = surveyId
      ? { ...filter, country: undefined, surveyId }
      : { ...filter, country: "country" in map ? (map.country ?? undefined) : undefined };
    const [rows] = await analyticReads<[AnswerExportRow[]]>([
      answersExportSql(gapScope(actor), filterWithScope, MIN_RESPONDENTS),
    ]);
    table = {
      headers: [
        "respondent",
        "country",
        "wise",
        "group",
        "mode",
        "skill_code",
        "importance_now",
        "importance_in_5_years",
        "mastery_1_4",
        "not_part_of_job",
      ].map((column) => t(`SkillGaps.exportColumns.${column}` as "SkillGaps.exportColumns.group")),
      rows: rows.map((row): Cell[] => [
        row.respondent,
        row.country,
        row.wise_name,
        t(`SkillGaps.groups.${row.grp}` as "SkillGaps.groups.ENABLER"),
        t(`SkillGaps.modes.${row.mode}` as "SkillGaps.modes.SELF"),
        row.code,
        row.importance_now,
        row.importance_future,
        row.mastery,
        row.not_part_of_job ? 1 : 0,
      ]),
    };
  }
  const name = `${base}-${kind}`;
  if (format === "xlsx") {
    return {
      body: await tableToXlsx(table, kind),
      contentType: CONTENT_TYPES.xlsx,
      disposition: attachmentHeader(`${name}.xlsx`),
    };
  }
  return {
    body: tableToCsv(table),
    contentType: CONTENT_TYPES.csv,
    disposition: attachmentHeader(`${name}.csv`),
  };
}
