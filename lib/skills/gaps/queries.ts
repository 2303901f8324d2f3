import "server-only";
import { type Actor, assertCan, ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSessionResults } from "@/lib/results/queries";
import { buildGroupGaps, buildHeatmap } from "./gap-map";
import {
  type HeatmapCellRow,
  heatmapSql,
  type RespondentCountRow,
  respondentCountsSql,
  type SkillGapRow,
  skillGapsSql,
  type WiseGapRow,
  wiseAreaGapsSql,
} from "./gap-sql";
import { DIGITAL_AREAS, isShown } from "./rules";
import type { GapFilter, HeatmapRows } from "./schemas";
import { type GapScope, gapScope, gapScopeHas } from "./scope";

/** Memory for one grouped read of many answers; enough for Europe's 1.5 million without spilling. */
const ANALYTIC_WORK_MEM = "64MB";
const ANALYTIC_TIMEOUT_MS = 60_000;

/** Several grouped reads in one transaction with settings fit for them. */
export async function analyticReads<T extends unknown[]>(
  queries: { [K in keyof T]: Prisma.Sql },
): Promise<T> {
  const [, ...rows] = await db.$transaction(
    [
      db.$queryRaw`SELECT set_config('work_mem', ${ANALYTIC_WORK_MEM}, true),
        set_config('statement_timeout', ${`${ANALYTIC_TIMEOUT_MS}`}, true)`,
      ...queries.map((query) => db.$queryRaw(query)),
    ],
    { timeout: ANALYTIC_TIMEOUT_MS + 5_000, maxWait: 10_000 },
  );
  return rows as T;
}

async function gapMap(scope: GapScope, filter: GapFilter, rows: HeatmapRows) {
  // Three reads side by side, each on its own connection: PostgreSQL runs them on both cores.
  const [[skills], [counts], [cells]] = await Promise.all([
    analyticReads<[SkillGapRow[]]>([skillGapsSql(scope, filter)]),
    analyticReads<[RespondentCountRow[]]>([respondentCountsSql(scope, filter)]),
    analyticReads<[HeatmapCellRow[]]>([heatmapSql(scope, filter, rows)]),
  ]);
  return { groups: buildGroupGaps(skills, counts), heatmap: buildHeatmap(cells), rows };
}

export type GapMap = Awaited<ReturnType<typeof gapMap>>;

/**
 * A country's or Europe's gap map, cut by the filters. A partner always gets their own country
 * (whatever the query string says); an admin the country asked for, or Europe without one.
 */
export async function getCountryGapMap(actor: Actor, filter: GapFilter) {
  const scope = gapScope(actor);
  if (!scope.everything && scope.countryCodes.length === 0)
    assertCan(actor, "skills.readGaps", { countryCode: actor.countryCode ?? "ZZ" });
  const country = scope.everything ? filter.country : scope.countryCodes[0];
  const rows = filter.rows ?? (country ? "group" : "country");
  const map = await gapMap(scope, { ...filter, country }, rows);
  return { ...map, country: country ?? null, europe: scope.everything && !country };
}

/** What the survey pages need to know of a survey; null when it does not exist. */
export async function getSurveyHeading(actor: Actor, surveyId: string) {
  const survey = await db.survey.findUnique({
    where: { id: surveyId },
    select: { id: true, title: true, countryCode: true, sessionId: true, status: true },
  });
  if (!survey) return null;
  assertCan(actor, "skills.readGaps", survey);
  return survey;
}

/** One survey's gap map; null when the survey does not exist, ForbiddenError out of scope. */
export async function getSurveyGapMap(actor: Actor, surveyId: string, filter: GapFilter) {
  const survey = await getSurveyHeading(actor, surveyId);
  if (!survey) return null;
  const scope = gapScope(actor);
  const map = await gapMap(
    scope,
    { ...filter, country: undefined, surveyId },
    filter.rows ?? "group",
  );
  return { survey, ...map };
}

/**
 * Beside the focus group: the survey's WISEs with their category scores from the focus group the
 * survey was made for, next to their staff's mean digital gap (hidden below five respondents).
 * Empty when the survey has no focus group, or the reader may not read its results.
 */
export async function getFocusGroupComparison(
  actor: Actor,
  survey: { id: string; sessionId: string | null; countryCode: string },
) {
  if (!survey.sessionId) return null;
  const results = await getSessionResults(actor, survey.sessionId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
  if (!results) return null;
  const scope = gapScope(actor);
  if (!gapScopeHas(scope, survey.countryCode)) return null;
  const [gaps] = await analyticReads<[WiseGapRow[]]>([
    wiseAreaGapsSql(scope, { surveyId: survey.id }, DIGITAL_AREAS),
  ]);
  const gapOf = new Map(gaps.map((row) => [row.wise_id, row]));
  return {
    categories: results.categories.map(({ code, texts }) => ({ code, texts })),
    wises: results.wises.map((item) => {
      const gap = gapOf.get(item.wise.id);
      return {
        wiseId: item.wise.id,
        name: item.wise.name,
        scores: Object.fromEntries(
          Object.entries(item.scores).map(([code, spread]) => [code, spread.mean]),
        ),
        digitalRespondents: gap?.respondents ?? 0,
        digitalGap: gap && isShown(gap.respondents) ? gap.gap : null,
      };
    }),
  };
}

/** The survey's WISEs, for links to their plans. */
export async function listSurveyWises(actor: Actor, surveyId: string) {
  const survey = await getSurveyHeading(actor, surveyId);
  if (!survey) return [];
  return db.surveyWise.findMany({
    where: { surveyId },
    select: { wiseId: true, wise: { select: { name: true } }, plan: { select: { status: true } } },
    orderBy: { wise: { name: "asc" } },
  });
}

/**
 * Skills' names in the reader's language by code (English when a text is missing; the code when
 * no framework names it). Two framework versions may word a code differently: the newest wins.
 */
export async function getSkillNames(
  codes: readonly string[],
  locale: string,
): Promise<(code: string) => string> {
  const texts = await db.skillText.findMany({
    where: { locale: { in: [locale, "en"] }, skill: { code: { in: [...new Set(codes)] } } },
    select: { locale: true, name: true, skill: { select: { code: true } } },
    orderBy: { skill: { framework: { version: "asc" } } },
  });
  const names = new Map<string, string>();
  for (const text of texts.filter((row) => row.locale === "en"))
    names.set(text.skill.code, text.name);
  for (const text of texts.filter((row) => row.locale === locale))
    names.set(text.skill.code, text.name);
  return (code) => names.get(code) ?? code;
}

/** The countries that have surveys, for the country choice of readers of every country. */
export async function listGapCountries(actor: Actor): Promise<string[]> {
  const scope = gapScope(actor);
  const surveys = await db.survey.findMany({
    where: scope.everything ? {} : { countryCode: { in: scope.countryCodes } },
    distinct: ["countryCode"],
    select: { countryCode: true },
  });
  return surveys.map((survey) => survey.countryCode);
}
