import "server-only";
import { db } from "@/lib/db";
import { approvalState } from "@/lib/reviews/rules";
import type { WaitingScope } from "./waiting-sql";

/**
 * The closed sessions in the scope's lists whose latest approval no longer applies, because the
 * session's country or agenda changed after it. Decided by `approvalState` itself (the approval
 * keeps a hash of what it approved, which SQL would have to recompute), and only for the few
 * closed sessions ever approved: one bounded read whose answer the waiting SQL takes as a list.
 */
export async function voidApprovalIds(scope: WaitingScope): Promise<string[]> {
  const inScope = [
    ...(scope.teamUserId
      ? [
          { facilitatorId: scope.teamUserId },
          { members: { some: { userId: scope.teamUserId, role: "CO_FACILITATOR" as const } } },
        ]
      : []),
    ...(scope.reviewCountryCode ? [{ countryCode: scope.reviewCountryCode }] : []),
  ];
  if (inScope.length === 0) return [];
  const sessions = await db.focusGroupSession.findMany({
    where: { status: "CLOSED", reviews: { some: { step: "APPROVED" } }, OR: inScope },
    select: {
      id: true,
      countryCode: true,
      agendaItems: { select: { wiseId: true } },
      reviews: {
        where: { step: { in: ["APPROVED", "CHANGES_REQUESTED"] } },
        select: { step: true, createdAt: true, approvedSubject: true, approverCountryCode: true },
      },
      statusChanges: {
        where: { fromStatus: "CLOSED", toStatus: "OPEN" },
        select: { fromStatus: true, toStatus: true, changedAt: true },
      },
    },
  });
  return sessions
    .filter(
      (session) =>
        approvalState(session.reviews, session.statusChanges, {
          countryCode: session.countryCode,
          wiseIds: session.agendaItems.map((item) => item.wiseId),
        }) === "VOID",
    )
    .map((session) => session.id);
}
