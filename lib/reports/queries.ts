import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportChange } from "./diff";
import type { ReportSnapshot } from "./snapshot";

const NO_ONES_COUNTRY = "ZZ";

/**
 * The reports the actor may read, as a Prisma condition derived from "report.read" by asking it
 * about imaginary reports (no role compared here): a country report of a country no one belongs
 * to (then every country's), of the actor's own country, and the European report.
 */
export function readableReports(actor: Actor): Prisma.ReportWhereInput {
  const reads = (scope: "COUNTRY" | "EUROPE", countryCode: string | null) =>
    can(actor, "report.read", { scope, countryCode });
  const or: Prisma.ReportWhereInput[] = [];
  if (reads("EUROPE", null)) or.push({ scope: "EUROPE" });
  if (reads("COUNTRY", NO_ONES_COUNTRY)) or.push({ scope: "COUNTRY" });
  else if (actor.countryCode && reads("COUNTRY", actor.countryCode))
    or.push({ scope: "COUNTRY", countryCode: actor.countryCode });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

export async function listReports(actor: Actor) {
  assertCan(actor, "report.list");
  const reports = await db.report.findMany({
    where: readableReports(actor),
    orderBy: [{ scope: "desc" }, { countryCode: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      scope: true,
      countryCode: true,
      locale: true,
      updatedAt: true,
      releases: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, releasedAt: true },
      },
    },
  });
  return reports.map(({ releases, ...report }) => ({
    ...report,
    latestRelease: releases[0] ?? null,
    canEdit: can(actor, "report.edit", report),
  }));
}

/**
 * A report with its chapters' texts and versions; null when it does not exist or the actor may
 * not read it (a partner of another country learns nothing of it).
 */
export async function getReport(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      title: true,
      scope: true,
      countryCode: true,
      locale: true,
      narratives: { select: { chapterKey: true, body: true, version: true } },
      releases: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  if (!report || !can(actor, "report.read", report)) return null;
  return {
    ...report,
    latestRelease: report.releases[0]?.number ?? null,
    canEdit: can(actor, "report.edit", report),
  };
}

/** The release history, newest first; null when the report is not the actor's to read. */
export async function listReleases(actor: Actor, reportId: string) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { id: true, title: true, scope: true, countryCode: true },
  });
  if (!report || !can(actor, "report.read", report)) return null;
  const releases = await db.reportRelease.findMany({
    where: { reportId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      releasedAt: true,
      note: true,
      changes: true,
      releasedBy: { select: { name: true } },
    },
  });
  return {
    report,
    releases: releases.map((release) => ({
      ...release,
      changes: release.changes as ReportChange[],
    })),
  };
}

/**
 * One release as it was frozen: its stored snapshot, never reassembled. Null when the report or
 * the release does not exist, or the actor may not read the report.
 */
export async function getRelease(actor: Actor, reportId: string, number: number) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const release = await db.reportRelease.findUnique({
    where: { reportId_number: { reportId, number } },
    select: {
      number: true,
      releasedAt: true,
      note: true,
      snapshot: true,
      releasedBy: { select: { name: true } },
      report: { select: { id: true, scope: true, countryCode: true } },
    },
  });
  if (!release || !can(actor, "report.read", release.report)) return null;
  return { ...release, snapshot: release.snapshot as unknown as ReportSnapshot };
}
