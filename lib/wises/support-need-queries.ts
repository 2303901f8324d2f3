import "server-only";
import { db } from "@/lib/db";
import { type DisclosedSupportNeed, suppressSupportNeeds } from "./support-need-suppression";

/**
 * Workers with support needs per category, summed over a session's WISEs, as summaries and
 * session reports show them: always through the suppression rule, since these travel beyond the
 * WISEs' own country (published summaries, share links, PDFs). Categories nobody reported are
 * left out rather than shown as zero. The totals given to the rule are the sums a reader could
 * add up from the summary's WISEs: the support-need workers of those who gave the figure (the
 * form requires it before any category count) and the staff of all, when every WISE gave it.
 */
export async function getSessionSupportNeeds(sessionId: string): Promise<DisclosedSupportNeed[]> {
  const onAgenda = { agendaItems: { some: { sessionId } } };
  const [rows, totals] = await Promise.all([
    db.wiseSupportNeedCount.groupBy({
      by: ["category"],
      where: { wise: onAgenda },
      orderBy: { category: "asc" },
      _sum: { count: true },
    }),
    db.wise.aggregate({
      where: onAgenda,
      _sum: { supportNeedWorkers: true, totalEmployees: true },
      _count: { _all: true, totalEmployees: true },
    }),
  ]);
  const cells = rows.flatMap((row) =>
    (row._sum.count ?? 0) > 0 ? [{ category: row.category, count: row._sum.count ?? 0 }] : [],
  );
  const everyStaffGiven = totals._count.totalEmployees === totals._count._all;
  return suppressSupportNeeds(cells, {
    supportNeedWorkers: totals._sum.supportNeedWorkers,
    totalEmployees: everyStaffGiven ? totals._sum.totalEmployees : null,
  });
}
