import "server-only";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getAgendaItemAccess } from "@/lib/sessions/access";
import { WISE_CLASSIFICATION_FACTS } from "@/lib/wises/select";
import { classificationProfileOf } from "./profile";
import { suggestModel } from "./rules";

/** The classification page of one WISE in one session: live suggestion, decision, proposals. */
export async function getClassificationView(actor: Actor, agendaItemId: string) {
  const found = await getAgendaItemAccess(actor, agendaItemId);
  if (!found) return null;
  assertCan(actor, "session.read", found.access);
  const item = await db.agendaItem.findUniqueOrThrow({
    where: { id: agendaItemId },
    select: {
      id: true,
      session: { select: { id: true, title: true, status: true } },
      wise: { select: { id: true, name: true, ...WISE_CLASSIFICATION_FACTS } },
      classification: {
        select: {
          suggestedModel: true,
          agreedModel: true,
          rationale: true,
          decidedAt: true,
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  // The team sees every proposal; a participant sees only their own.
  const seesAllProposals = can(actor, "session.manage", found.access);
  const proposals = await db.modelProposal.findMany({
    where: { agendaItemId, ...(seesAllProposals ? {} : { userId: actor.id }) },
    orderBy: { updatedAt: "asc" },
    select: {
      model: true,
      comment: true,
      updatedAt: true,
      user: { select: { id: true, name: true } },
    },
  });
  return {
    item,
    access: found.access,
    suggestion: suggestModel(classificationProfileOf(item.wise)),
    proposals,
  };
}
