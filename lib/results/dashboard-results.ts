/**
 * Puts the dashboards' grouped rows together. Pure: the numbers come from PostgreSQL already
 * aggregated (medians, counts, alpha's sums); this only arranges them by key.
 */
import { WISE_MODELS } from "@/lib/classification/models";
import type { WiseModel } from "@/lib/generated/prisma/enums";
import type { NameText } from "@/lib/grids/rules";
import { type AgreementRow, alphaFromAgreementRow } from "./agreement-sql";
import type { ScopedSession } from "./dashboard-lists-sql";
import {
  filtersWises,
  type MedianRow,
  type MediansResult,
  type RatersByKey,
} from "./dashboard-sql";
import type { CountryMixRow } from "./europe-sql";
import type { AlphaResult } from "./krippendorff";
import type { ResultsFilter } from "./schemas";
import { type WiseRuleFacts, wiseChecks } from "./session-results";

/** Medians per category code, and `overall`. */
export type Medians = Record<string, number | null>;
export type MedianGroup = { wises: number; evaluations: number; medians: Medians };

export const OVERALL = "overall";

/** Median rows of one grouping, keyed by their key (model, country, session id; null = none). */
export function mediansBy(
  rows: readonly MedianRow[],
  by: MedianRow["by"],
): Map<string | null, MedianGroup> {
  const groups = new Map<string | null, MedianGroup>();
  for (const row of rows) {
    if (row.by !== by) continue;
    const group = groups.get(row.key) ?? { wises: 0, evaluations: 0, medians: {} };
    groups.set(row.key, group);
    group.medians[row.category ?? OVERALL] = row.median;
    // The overall row counts every WISE with any complete score: the group's size.
    if (row.category === null) {
      group.wises = row.wises;
      group.evaluations = row.evaluations;
    }
  }
  return groups;
}

export const EMPTY_GROUP: MedianGroup = { wises: 0, evaluations: 0, medians: {} };

/** Alpha per key, from the agreement sums and the raters counted beside them. */
export function agreementBy(
  rows: readonly AgreementRow[],
  raters: readonly RatersByKey[],
): (key: string) => AlphaResult {
  const byKey = new Map(rows.map((row) => [row.group_key, row]));
  const ratersOf = new Map(raters.map((row) => [row.key, row.raters]));
  return (key) => alphaFromAgreementRow(byKey.get(key), ratersOf.get(key) ?? 0);
}

/** Benchmarks per agreed model, in the order of the models, WISEs without one last. */
export function modelBenchmarks(rows: readonly MedianRow[]) {
  const byModel = mediansBy(rows, "model");
  return [...WISE_MODELS, null]
    .filter((model) => byModel.has(model))
    .map((model) => ({ model, ...(byModel.get(model) ?? EMPTY_GROUP) }));
}

export type CountryOverview = {
  country: string;
  sessions: number;
  wises: number;
  evaluated: number;
  /** WISEs per agreed model; `NONE` = not agreed yet. */
  models: Record<WiseModel | "NONE", number>;
  scores: MedianGroup;
  agreement: AlphaResult;
};

/** One row per country that has sessions in scope, alphabetical by code. */
export function countryOverviews(
  mix: readonly CountryMixRow[],
  medians: readonly MedianRow[],
  agreement: readonly AgreementRow[],
  raters: readonly RatersByKey[],
): CountryOverview[] {
  const byCountry = mediansBy(medians, "country");
  const alphaOf = agreementBy(agreement, raters);
  const countries = [...new Set(mix.map((row) => row.country))].sort();
  return countries.map((country) => {
    const rows = mix.filter((row) => row.country === country);
    const total = rows.find((row) => row.total);
    const models = Object.fromEntries(
      [...WISE_MODELS, "NONE"].map((m) => [m, 0]),
    ) as CountryOverview["models"];
    for (const row of rows) if (!row.total) models[(row.model ?? "NONE") as WiseModel] = row.wises;
    return {
      country,
      sessions: total?.sessions ?? 0,
      wises: total?.wises ?? 0,
      evaluated: total?.evaluated ?? 0,
      models,
      scores: byCountry.get(country) ?? EMPTY_GROUP,
      agreement: alphaOf(country),
    };
  });
}

/** A WISE on an agenda as the dashboard's Prisma read returns it (WISE_ROW_SELECT). */
export type WiseRowItem = {
  id: string;
  session: { id: string; title: string; startsAt: Date; countryCode: string };
  classification: { agreedModel: WiseModel | null } | null;
  wise: WiseRuleFacts & {
    id: string;
    name: string;
    region: string | null;
    totalEmployees: number | null;
    supportNeedWorkers: number | null;
  };
};

export type WisePageRow = {
  agenda_item_id: string;
  total: number;
  category: string | null;
  mean: number | null;
  raters: number | null;
};

/** The page of WISEs in the order SQL chose, each with its scores per category and overall. */
export function wiseRows(
  ids: readonly string[],
  items: readonly WiseRowItem[],
  page: readonly WisePageRow[],
) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const scores: Record<string, { mean: number | null; raters: number }> = {};
    for (const row of page) {
      if (row.agenda_item_id !== id || (row.category === null && row.raters === null)) continue;
      scores[row.category ?? OVERALL] = { mean: row.mean, raters: row.raters ?? 0 };
    }
    return [{ ...item, checks: wiseChecks(item.wise), scores }];
  });
  return { total: page[0]?.total ?? 0, rows };
}

/** Most sessions the dashboard lists; filters narrow them down. */
export const SESSION_LIST_LIMIT = 200;

type DashboardParts = {
  allCountries: boolean;
  filter: ResultsFilter;
  categories: { code: string; texts: NameText[] }[];
  sessions: ScopedSession[];
  medians: MediansResult;
  agreement: AgreementRow[];
  page: WisePageRow[];
  items: WiseRowItem[];
  choices: { countries: string[]; regions: string[] };
};

/** The dashboard from its grouped reads. */
export function buildDashboard(parts: DashboardParts) {
  const { medians, raters, sessions: counts } = parts.medians;
  const bySession = mediansBy(medians, "session");
  const countsOf = new Map(counts.map((row) => [row.id, row]));
  const alphaOf = agreementBy(parts.agreement, raters);
  const sessions = parts.sessions
    .map((session) => ({
      ...session,
      wises: countsOf.get(session.id)?.wises ?? 0,
      evaluations: countsOf.get(session.id)?.evaluations ?? 0,
      raters: countsOf.get(session.id)?.raters ?? 0,
      scores: bySession.get(session.id) ?? EMPTY_GROUP,
      agreement: alphaOf(session.id),
    }))
    // With a WISE filter on, a session without a matching WISE has nothing to show.
    .filter((session) => !filtersWises(parts.filter) || session.wises > 0);
  return {
    allCountries: parts.allCountries,
    categories: parts.categories,
    choices: parts.choices,
    sessions: sessions.slice(0, SESSION_LIST_LIMIT),
    sessionTotal: sessions.length,
    wises: wiseRows(
      [...new Set(parts.page.map((row) => row.agenda_item_id))],
      parts.items,
      parts.page,
    ),
    benchmarks: {
      byModel: modelBenchmarks(medians),
      byCountry: [...mediansBy(medians, "country")].map(([country, group]) => ({
        country: country ?? "",
        ...group,
      })),
      all: mediansBy(medians, "all").get(null) ?? EMPTY_GROUP,
    },
  };
}
