import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStudySection } from "@/lib/generated/prisma/enums";
import { type Prefill, prefillFromSection, proposedTitle } from "./rules";
import { LIBRARY_PAGE_SIZE, type LibraryFilter } from "./schemas";
import { caseStudySource, noteSource } from "./source-queries";

/** Who reads: a signed-in user (every item) or anyone (published items only). */
type Audience = { signedIn: Actor } | "public";

function filterSql(filter: LibraryFilter, audience: Audience): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (audience === "public") conditions.push(Prisma.sql`gp."publishedAt" IS NOT NULL`);
  // The query is folded like the texts (migration good_practice_search): "Timisoara" finds
  // "Timișoara", "εργασια" finds "εργασία"; websearch syntax ("quoted phrase", -word, or).
  if (filter.q) {
    conditions.push(
      Prisma.sql`gp."searchVector" @@ websearch_to_tsquery('simple', wise_search_fold(${filter.q}))`,
    );
  }
  if (filter.model) conditions.push(Prisma.sql`${filter.model}::"WiseModel" = ANY(gp."models")`);
  if (filter.group)
    conditions.push(Prisma.sql`${filter.group}::"StaffGroup" = ANY(gp."staffGroups")`);
  if (filter.area) conditions.push(Prisma.sql`${filter.area}::"SkillArea" = ANY(gp."skillAreas")`);
  if (filter.country) conditions.push(Prisma.sql`gp."countryCode" = ${filter.country}`);
  return Prisma.join(conditions, " AND ");
}

const LISTED = {
  id: true,
  countryCode: true,
  title: true,
  need: true,
  models: true,
  staffGroups: true,
  skillAreas: true,
  publishedAt: true,
} as const;

/**
 * One page of the library, best matches first when searching (newest first otherwise), with the
 * number of matches. Signed-in readers get every item, the public only published ones.
 */
export async function searchGoodPractices(audience: Audience, filter: LibraryFilter) {
  if (audience !== "public") assertCan(audience.signedIn, "goodPractice.read");
  const where = filterSql(filter, audience);
  const rank = filter.q
    ? Prisma.sql`ts_rank(gp."searchVector", websearch_to_tsquery('simple', wise_search_fold(${filter.q}))) DESC,`
    : Prisma.empty;
  const offset = (filter.page - 1) * LIBRARY_PAGE_SIZE;
  const [ids, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT gp."id" FROM "GoodPractice" gp WHERE ${where}
      ORDER BY ${rank} coalesce(gp."publishedAt", gp."createdAt") DESC, gp."id"
      LIMIT ${LIBRARY_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "GoodPractice" gp WHERE ${where}`,
  ]);
  const rows = await db.goodPractice.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: LISTED,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    items: ids.flatMap((row) => byId.get(row.id) ?? []),
    total: counted[0]?.total ?? 0,
  };
}

export type ListedGoodPractice = Awaited<ReturnType<typeof searchGoodPractices>>["items"][number];

/** The countries that have items (published ones for the public), for the country filter. */
export async function listGoodPracticeCountries(audience: Audience): Promise<string[]> {
  const rows = await db.goodPractice.findMany({
    where: audience === "public" ? { publishedAt: { not: null } } : {},
    distinct: ["countryCode"],
    select: { countryCode: true },
  });
  return rows.map((row) => row.countryCode);
}

const PUBLIC_FIELDS = {
  id: true,
  countryCode: true,
  locale: true,
  title: true,
  need: true,
  practice: true,
  results: true,
  transfer: true,
  digitalTools: true,
  models: true,
  staffGroups: true,
  skillAreas: true,
  publishedAt: true,
  wise: { select: { name: true } },
} as const;

/** One item for a signed-in reader, with who marked it and where from; null when it does not exist. */
export async function getGoodPractice(actor: Actor, goodPracticeId: string) {
  assertCan(actor, "goodPractice.read");
  return db.goodPractice.findUnique({
    where: { id: goodPracticeId },
    select: {
      ...PUBLIC_FIELDS,
      authorId: true,
      version: true,
      caseStudyId: true,
      caseStudySection: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      sessionNote: { select: { sessionId: true } },
    },
  });
}

/** A published item for anyone: no author, no source; null when unpublished or missing. */
export function getPublishedGoodPractice(goodPracticeId: string) {
  return db.goodPractice.findFirst({
    where: { id: goodPracticeId, publishedAt: { not: null } },
    select: PUBLIC_FIELDS,
  });
}

/** What the marking form starts from, checked like the marking itself (404 / 403 / 400). */
export async function prefillFromNote(actor: Actor, noteId: string): Promise<Prefill> {
  const source = await noteSource(actor, noteId);
  return {
    title: proposedTitle(source.text),
    practice: source.text,
    digitalTools: "",
    locale: source.locale ?? "",
    models: source.agreedModel ? [source.agreedModel] : [],
  };
}

export async function prefillFromCaseStudy(
  actor: Actor,
  caseStudyId: string,
  section: CaseStudySection,
): Promise<Prefill> {
  const source = await caseStudySource(actor, caseStudyId, section);
  return prefillFromSection(section, source.text, {
    locale: source.locale ?? "",
    agreedModel: source.agreedModel,
    wiseName: source.wiseName ?? "",
  });
}

/** A good practice as a report chapter shows it: plain data, no ids, no author. */
export type ReportGoodPractice = {
  title: string;
  need: string;
  practice: string;
  results: string;
  transfer: string;
  digitalTools: string;
  country: string;
  /** The WISE the practice comes from, when there is one. */
  wiseName: string | null;
  models: string[];
  staffGroups: string[];
  skillAreas: string[];
};

/**
 * The good practices a report shows: published ones only (what the partner has released to the
 * public is what a report, itself meant for publication, may quote), of the given countries, or
 * of every country when `countryCodes` is null (the European report). The caller checks who may
 * build the report. Ordered by country, then title.
 */
export async function goodPracticesForReport(
  countryCodes: string[] | null,
): Promise<ReportGoodPractice[]> {
  const rows = await db.goodPractice.findMany({
    where: {
      publishedAt: { not: null },
      ...(countryCodes === null ? {} : { countryCode: { in: countryCodes } }),
    },
    orderBy: [{ countryCode: "asc" }, { title: "asc" }, { id: "asc" }],
    select: {
      title: true,
      need: true,
      practice: true,
      results: true,
      transfer: true,
      digitalTools: true,
      countryCode: true,
      models: true,
      staffGroups: true,
      skillAreas: true,
      wise: { select: { name: true } },
    },
  });
  return rows.map(({ countryCode, wise, ...row }) => ({
    ...row,
    country: countryCode,
    wiseName: wise?.name ?? null,
  }));
}
