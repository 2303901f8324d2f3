import "server-only";
import type { SubjectReader } from "@/lib/audit/subjects";

/**
 * A report as the trail records it: what it covers, and the versions of its chapters' texts and
 * its latest release, so that an entry shows which chapter was saved or which release was made.
 * The texts and snapshots themselves stay out: they are on the report and its releases.
 */
export const reportSubject: SubjectReader = async (tx, id) => {
  const report = await tx.report.findUnique({
    where: { id },
    select: {
      title: true,
      scope: true,
      countryCode: true,
      locale: true,
      narratives: { select: { chapterKey: true, version: true }, orderBy: { chapterKey: "asc" } },
      releases: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  if (!report) return null;
  const { narratives, releases, ...fields } = report;
  return {
    type: "Report",
    id,
    label: report.title,
    countryCode: report.countryCode,
    state: {
      ...fields,
      chapterVersions: Object.fromEntries(narratives.map((n) => [n.chapterKey, n.version])),
      latestRelease: releases[0]?.number ?? null,
    },
  };
};
