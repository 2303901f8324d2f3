import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { wiseKey } from "./import-rows";
import type { WiseFilter } from "./schemas";
import { type WiseReadScope, wiseReadScope } from "./scope";
import {
  WISE_RECORD_SELECT,
  WISE_THRESHOLD_FACTS,
  type WithNumbers,
  wiseWithNumbers,
} from "./select";
import {
  type DisclosedSupportNeed,
  discloseSupportNeeds,
  withholdSmallGroupFacts,
  withholdSmallGroupFigures,
} from "./support-need-suppression";
import { checkThresholds, statusesWithoutRule, type ThresholdCheck } from "./threshold-rules";
import { thresholdOutcomeSql } from "./threshold-sql";

export const WISE_PAGE_SIZE = 25;
/** An export is a working copy for a national report, not a backup: keep it within memory. */
export const EXPORT_ROW_LIMIT = 10_000;

function scopeSql(scope: WiseReadScope): Prisma.Sql {
  if (scope.allCountries) return Prisma.sql`TRUE`;
  if (scope.countryCodes.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`w."countryCode" IN (${Prisma.join(scope.countryCodes)})`;
}

function scopeWhere(scope: WiseReadScope): Prisma.WiseWhereInput {
  return scope.allCountries ? {} : { countryCode: { in: scope.countryCodes } };
}

/** The reader's scope and the list's filters as one SQL condition on `"Wise" w`. */
function filterSql(actor: Actor, filter: WiseFilter): Prisma.Sql {
  const conditions = [scopeSql(wiseReadScope(actor))];
  if (filter.country) conditions.push(Prisma.sql`w."countryCode" = ${filter.country}`);
  if (filter.region) conditions.push(Prisma.sql`lower(w."region") = lower(${filter.region})`);
  // strpos rather than LIKE: no wildcard characters to escape in what people type.
  // wise_search_fold (a migration) ignores case and accents: "asociatia" finds "Asociația".
  if (filter.q) {
    conditions.push(
      Prisma.sql`strpos(wise_search_fold(w."name"), wise_search_fold(${filter.q})) > 0`,
    );
  }
  if (filter.check) conditions.push(thresholdOutcomeSql(filter.check, filter.outcome ?? "pass"));
  return Prisma.join(conditions, " AND ");
}

async function matchingIds(actor: Actor, filter: WiseFilter, limit: number, offset = 0) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT w."id" FROM "Wise" w WHERE ${filterSql(actor, filter)}
    ORDER BY lower(w."name"), w."countryCode", w."id" LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.id);
}

/** Rows fetched by id come back in any order; put them back in the order of the ids. */
function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listWises(actor: Actor, filter: WiseFilter) {
  assertCan(actor, "wise.list");
  const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`
    SELECT count(*) AS count FROM "Wise" w WHERE ${filterSql(actor, filter)}`;
  const total = Number(count);
  const pageCount = Math.max(1, Math.ceil(total / WISE_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const ids = await matchingIds(actor, filter, WISE_PAGE_SIZE, (page - 1) * WISE_PAGE_SIZE);
  const rows = await db.wise.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      region: true,
      integrationMode: true,
      ...WISE_THRESHOLD_FACTS,
    },
  });
  const items = inOrder(ids, rows).map((wise) => ({
    id: wise.id,
    name: wise.name,
    countryCode: wise.countryCode,
    region: wise.region,
    integrationMode: wise.integrationMode,
    totalEmployees: wise.totalEmployees,
    supportNeedWorkers: wise.supportNeedWorkers,
    checks: checkThresholds(wiseWithNumbers(wise)),
  }));
  return { items, total, page, pageCount };
}

/** The countries and regions the reader's WISEs are in, for the list's filter pickers. */
export async function listWiseFilterOptions(actor: Actor) {
  assertCan(actor, "wise.list");
  const places = await db.wise.findMany({
    where: scopeWhere(wiseReadScope(actor)),
    distinct: ["countryCode", "region"],
    select: { countryCode: true, region: true },
  });
  const countryCodes = [...new Set(places.map((place) => place.countryCode))];
  const regions = [
    ...new Set(places.flatMap((place) => (place.region ? [place.region] : []))),
  ].sort((a, b) => a.localeCompare(b));
  return { countryCodes, regions };
}

/** A WISE as its pages, edit form and registry export read it, percentages as numbers. */
export type WiseRecord = WithNumbers<Prisma.WiseGetPayload<{ select: typeof WISE_RECORD_SELECT }>>;

/**
 * A WISE's page for a reader: null when it does not exist, ForbiddenError when it is another
 * country's. Counts per support-need category are exact only for readers allowed them
 * ("wise.readWorkerCounts"); everyone else gets them through the one suppression rule.
 */
export async function getWiseProfile(actor: Actor, wiseId: string) {
  const wise = await db.wise.findUnique({ where: { id: wiseId }, select: WISE_RECORD_SELECT });
  if (!wise) return null;
  assertCan(actor, "wise.read", { countryCode: wise.countryCode });
  const exact = can(actor, "wise.readWorkerCounts", { countryCode: wise.countryCode });
  const { supportNeedCounts, ...profile } = wiseWithNumbers(wise);
  return {
    ...withholdSmallGroupFacts(profile, exact),
    supportNeeds: discloseSupportNeeds(wise, exact),
    checks: withholdSmallGroupFigures(checkThresholds(wiseWithNumbers(wise)), exact),
    statusesWithoutRule: statusesWithoutRule(wise),
    /** The small groups' facts were withheld from this reader (not "not given"). */
    smallGroupsWithheld: !exact,
  };
}

export type WiseProfile = NonNullable<Awaited<ReturnType<typeof getWiseProfile>>>;

/** A WISE with its exact counts, for the people who may edit it. */
export async function getWiseForEdit(actor: Actor, wiseId: string): Promise<WiseRecord | null> {
  const wise = await db.wise.findUnique({ where: { id: wiseId }, select: WISE_RECORD_SELECT });
  if (!wise) return null;
  assertCan(actor, "wise.update", { countryCode: wise.countryCode });
  return wiseWithNumbers(wise);
}

/** A WISE as the registry file writes it: its support-need counts as this reader may see them. */
export type ExportedWiseRecord = Omit<WiseRecord, "supportNeedCounts"> & {
  supportNeeds: DisclosedSupportNeed[];
  /** Checked on the whole record, before small groups are withheld from the reader. */
  checks?: ThresholdCheck[];
};

/** Every WISE the reader may see that matches the filters, in list order, for a file export. */
export async function listWisesForExport(
  actor: Actor,
  filter: WiseFilter,
): Promise<ExportedWiseRecord[]> {
  assertCan(actor, "wise.list");
  const ids = await matchingIds(actor, { ...filter, page: undefined }, EXPORT_ROW_LIMIT);
  const rows = await db.wise.findMany({ where: { id: { in: ids } }, select: WISE_RECORD_SELECT });
  return inOrder(ids, rows).map((wise) => {
    const { supportNeedCounts: _exact, ...record } = wiseWithNumbers(wise);
    const exact = can(actor, "wise.readWorkerCounts", { countryCode: wise.countryCode });
    return {
      ...withholdSmallGroupFacts(record, exact),
      supportNeeds: discloseSupportNeeds(wise, exact),
      checks: checkThresholds(record),
    };
  });
}

/**
 * Which of these name + country pairs the registry already has, ignoring case: the same
 * enterprise typed twice with different capitals is still a duplicate. Returns their `wiseKey`s.
 * Takes the transaction when an import checks again just before it writes.
 */
export async function findExistingWiseKeys(
  actor: Actor,
  pairs: { name: string; countryCode: string }[],
  client: Prisma.TransactionClient = db,
): Promise<Set<string>> {
  assertCan(actor, "wise.import");
  if (pairs.length === 0) return new Set();
  const found = await client.wise.findMany({
    where: {
      countryCode: { in: [...new Set(pairs.map((pair) => pair.countryCode))] },
      name: { in: [...new Set(pairs.map((pair) => pair.name))], mode: "insensitive" },
    },
    select: { name: true, countryCode: true },
  });
  return new Set(found.map((wise) => wiseKey(wise.name, wise.countryCode)));
}
