import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { agendaItemSubject } from "@/lib/audit/session-subjects";
import type { Prisma } from "@/lib/db";
import { type authorizeOnSession, authorizeSessionEdit } from "./authorize";
import { isAgendaEditable, moveInOrder } from "./rules";
import { AddAgendaItemSchema, AgendaItemSchema, MoveAgendaItemSchema } from "./schemas";

async function authorizeAgendaChange(
  actor: Parameters<typeof authorizeOnSession>[0],
  sessionId: string,
) {
  const access = await authorizeSessionEdit(actor, sessionId);
  if (!isAgendaEditable(access.status)) throw new DomainError(409, "agendaLocked");
}

async function agendaIds(tx: Prisma.TransactionClient, sessionId: string) {
  const items = await tx.agendaItem.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return items.map((item) => item.id);
}

async function renumber(tx: Prisma.TransactionClient, orderedIds: string[]) {
  // Sequential: a transaction's single connection takes one query at a time.
  for (const [index, id] of orderedIds.entries()) {
    await tx.agendaItem.update({ where: { id }, data: { position: index + 1 } });
  }
}

export const addAgendaItem = defineCommand({
  schema: AddAgendaItemSchema,
  authorize: (actor, input) => authorizeAgendaChange(actor, input.sessionId),
  run: async (_actor, input, tx) => {
    const wise = await tx.wise.findUnique({
      where: { id: input.wiseId },
      select: { countryCode: true },
    });
    if (!wise) throw new DomainError(400, "wiseNotFound", "wiseId");
    const session = await tx.focusGroupSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { countryCode: true },
    });
    // A national focus group evaluates its own country's WISEs; the picker offers only
    // those, and the server holds to it for any other client.
    if (wise.countryCode !== session.countryCode)
      throw new DomainError(400, "wiseOfOtherCountry", "wiseId");
    const already = await tx.agendaItem.findUnique({
      where: { sessionId_wiseId: { sessionId: input.sessionId, wiseId: input.wiseId } },
    });
    if (already) throw new DomainError(409, "alreadyOnAgenda", "wiseId");
    const position = (await tx.agendaItem.count({ where: { sessionId: input.sessionId } })) + 1;
    const item = await tx.agendaItem.create({
      data: { sessionId: input.sessionId, wiseId: input.wiseId, position },
      select: { id: true },
    });
    return { agendaItemId: item.id };
  },
  audit: {
    action: "agenda.add",
    subject: agendaItemSubject,
    createdId: (_, result) => result.agendaItemId,
  },
});

/** A WISE that has been scored stays on the agenda: its scores would otherwise lose their context. */
export const removeAgendaItem = defineCommand({
  schema: AgendaItemSchema,
  authorize: (actor, input) => authorizeAgendaChange(actor, input.sessionId),
  run: async (_actor, input, tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, sessionId: input.sessionId },
      select: { _count: { select: { evaluations: true } } },
    });
    if (!item) throw new DomainError(404, "agendaItemNotFound");
    if (item._count.evaluations > 0) throw new DomainError(409, "agendaItemHasScores");
    await tx.agendaItem.delete({ where: { id: input.agendaItemId } });
    await renumber(tx, await agendaIds(tx, input.sessionId));
    return { agendaItemId: input.agendaItemId };
  },
  audit: {
    action: "agenda.remove",
    subject: agendaItemSubject,
    id: (input) => input.agendaItemId,
  },
});

export const moveAgendaItem = defineCommand({
  schema: MoveAgendaItemSchema,
  authorize: (actor, input) => authorizeAgendaChange(actor, input.sessionId),
  run: async (_actor, input, tx) => {
    const ids = await agendaIds(tx, input.sessionId);
    if (!ids.includes(input.agendaItemId)) throw new DomainError(404, "agendaItemNotFound");
    await renumber(tx, moveInOrder(ids, input.agendaItemId, input.direction));
    return { agendaItemId: input.agendaItemId };
  },
  audit: { action: "agenda.move", subject: agendaItemSubject, id: (input) => input.agendaItemId },
});
