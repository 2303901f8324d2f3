import "server-only";
import { approvedCaseStudiesForReport } from "@/lib/case-studies/queries";
import { db } from "@/lib/db";
import { exportTranslator, numberFormat } from "@/lib/exports/translator";
import { goodPracticesForReport } from "@/lib/good-practices/queries";
import { CATEGORY_TEXTS } from "@/lib/grids/grid-content";
import { localName } from "@/lib/grids/rules";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { buildGroupGaps } from "@/lib/skills/gaps/gap-map";
import {
  type RespondentCountRow,
  respondentCountsSql,
  type SkillGapRow,
  skillGapsSql,
} from "@/lib/skills/gaps/gap-sql";
import { analyticReads, getSkillNames } from "@/lib/skills/gaps/queries";
import type { GapScope } from "@/lib/skills/gaps/scope";
import {
  type ClassificationRow,
  type CountRow,
  categoryMeansSql,
  classificationSql,
  type MeanRow,
  reportSessionsSql,
  rulesOf,
  sectorSql,
  type ThresholdRow,
  thresholdSql,
} from "./assemble-sql";
import type { BlocksContext } from "./blocks-context";
import { chaptersFor } from "./chapters";
import { comparisonBlocks } from "./comparison-blocks";
import { focusGroupBlocks } from "./focus-group-blocks";
import { caseStudyBlocks, goodPracticeBlocks } from "./practice-blocks";
import { sectorBlocks } from "./sector-blocks";
import { skillsBlocks } from "./skills-blocks";
import {
  type ChapterKey,
  type DATA_CHAPTERS,
  type ReportBlock,
  type ReportSnapshot,
  SNAPSHOT_FORMAT,
} from "./snapshot";

export type AssembledReport = {
  id: string;
  scope: "COUNTRY" | "EUROPE";
  countryCode: string | null;
  title: string;
  locale: string;
};

/** Category codes and names across grid versions in the report's language, newest names first. */
async function categoryNames(locale: string) {
  const rows = await db.gridCategory.findMany({
    orderBy: [{ grid: { createdAt: "desc" } }, { position: "asc" }],
    select: { code: true, position: true, ...CATEGORY_TEXTS },
  });
  const byCode = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row);
  return [...byCode.values()]
    .sort((a, b) => a.position - b.position)
    .map((row) => ({ code: row.code, name: localName(locale, row) }));
}

/** The figures of every data chapter, read side by side (each on its own connection). */
async function readFigures(report: AssembledReport) {
  const country = report.scope === "EUROPE" ? null : report.countryCode;
  const countries = country ? [country] : null;
  const gapScope: GapScope = country
    ? { everything: false, countryCodes: [country] }
    : { everything: true, countryCodes: [] };
  const sessionIds = (await db.$queryRaw<{ id: string }[]>(reportSessionsSql(country))).map(
    (row) => row.id,
  );
  const rules = rulesOf(country);
  const [[sector, thresholds], [means, classification], [skills, respondents], studies, practices] =
    await Promise.all([
      analyticReads<[CountRow[], ThresholdRow[]]>([
        sectorSql(country, sessionIds),
        thresholdSql(country, rules),
      ]),
      analyticReads<[MeanRow[], ClassificationRow[]]>([
        categoryMeansSql(sessionIds),
        classificationSql(sessionIds),
      ]),
      analyticReads<[SkillGapRow[], RespondentCountRow[]]>([
        skillGapsSql(gapScope, {}),
        respondentCountsSql(gapScope, {}),
      ]),
      approvedCaseStudiesForReport(countries),
      goodPracticesForReport(countries),
    ]);
  return {
    sector,
    thresholds: { rules, row: thresholds[0] },
    means,
    classification,
    gaps: buildGroupGaps(skills, respondents),
    studies,
    practices,
  };
}

/**
 * The report as it stands now, every text in `locale` (the report's language unless asked
 * otherwise): the figures aggregated in PostgreSQL, the narratives as last saved, the chapters
 * that have something to show (chaptersFor). A release stores what this returns.
 */
export async function assembleReport(
  report: AssembledReport,
  locale: string = report.locale,
): Promise<ReportSnapshot> {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const [t, categories, figures, narratives] = await Promise.all([
    exportTranslator(language),
    categoryNames(language),
    readFigures(report),
    db.reportNarrative.findMany({
      where: { reportId: report.id },
      select: { chapterKey: true, body: true },
    }),
  ]);
  const skillNames = await getSkillNames(
    figures.gaps.flatMap((group) => group.skills.map((skill) => skill.code)),
    language,
  );
  const decimal = numberFormat(language, 1);
  const whole = numberFormat(language, 0);
  const context: BlocksContext = {
    locale: language,
    t,
    level: (value) => decimal(value),
    count: (value) => whole(value),
    categories,
  };
  const blocks: Record<(typeof DATA_CHAPTERS)[number], ReportBlock[]> = {
    sector: sectorBlocks(context, figures.sector, figures.thresholds),
    focusGroups: focusGroupBlocks(context, figures.means, figures.classification),
    skills: skillsBlocks(context, figures.gaps, skillNames),
    caseStudies: caseStudyBlocks(context, figures.studies),
    goodPractices: goodPracticeBlocks(context, figures.practices),
    comparison:
      report.scope === "EUROPE"
        ? comparisonBlocks(context, figures.means, figures.classification)
        : [],
  };
  const written = new Map(
    narratives
      .filter((narrative) => narrative.body.trim() !== "")
      .map((narrative) => [narrative.chapterKey, narrative.body]),
  );
  const keys = chaptersFor({
    scope: report.scope,
    data: {
      sector: blocks.sector.length > 0,
      focusGroups: blocks.focusGroups.length > 0,
      skills: blocks.skills.length > 0,
      caseStudies: blocks.caseStudies.length > 0,
      goodPractices: blocks.goodPractices.length > 0,
      comparison: blocks.comparison.length > 0,
    },
    written: [...written.keys()] as ChapterKey[],
  });
  return {
    format: SNAPSHOT_FORMAT,
    scope: report.scope,
    countryCode: report.scope === "EUROPE" ? null : report.countryCode,
    title: report.title,
    locale: language,
    generatedAt: new Date().toISOString(),
    chapters: keys.map((key) => ({
      key,
      title: t(`Reports.chapters.${key}`),
      narrative: written.get(key) ?? null,
      blocks: key in blocks ? blocks[key as keyof typeof blocks] : [],
    })),
  };
}
