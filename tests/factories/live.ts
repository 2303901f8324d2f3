import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { controlLive } from "@/lib/live/mutations";
import { joinLive } from "@/lib/live/participant-mutations";
import type { LiveControlInput } from "@/lib/live/schemas";
import { makeSession } from "./sessions";
import { asActor, makeUser } from "./users";

type ControlAction = LiveControlInput extends infer A
  ? A extends { sessionId: string }
    ? Omit<A, "sessionId">
    : never
  : never;

/** Runs one console action and returns the state, failing the test on a refusal. */
export async function control(actor: Actor, sessionId: string, action: ControlAction) {
  const result = await controlLive(actor, { ...action, sessionId });
  if (!result.ok) throw new Error(`control ${action.action} refused: ${result.message}`);
  return result.data.state;
}

/**
 * An OPEN session of a Romanian facilitator, started live: its agenda items, the grid's
 * criteria in order, and the join code.
 */
export async function makeLiveSession(options: { wiseCount?: number } = {}) {
  const facilitator = asActor(await makeUser("FACILITATOR", { countryCode: "RO" }));
  const { session, agendaItems } = await makeSession({
    facilitatorId: facilitator.id,
    wiseCount: options.wiseCount ?? 2,
  });
  const criteria = await db.gridCriterion.findMany({
    where: { category: { gridId: session.gridId } },
    orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
  });
  const state = await control(facilitator, session.id, { action: "start" });
  return { facilitator, session, agendaItems, criteria, code: state.joinCode };
}

/** A phone joining with the code; the guest's actor is read back from the database. */
export async function joinAsGuest(code: string, displayName = "Ana") {
  const result = await joinLive({ code, displayName });
  if (!result.ok) throw new Error(`join refused: ${result.message}`);
  const participant = await db.liveParticipant.findUniqueOrThrow({
    where: { id: result.data.participantId },
    select: { user: true },
  });
  return { ...result.data, actor: asActor(participant.user) };
}

/** A level score as a live client sends it, with a fresh change id unless given. */
export function liveScore(
  agendaItemId: string,
  criterionId: string,
  level: number,
  expectedVersion = 0,
  clientChangeId = randomUUID(),
) {
  return { clientChangeId, agendaItemId, criterionId, answer: "LEVEL", level, expectedVersion };
}
