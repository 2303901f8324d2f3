import "server-only";
import type { Prisma } from "@/lib/db";
import { type SubjectReader, splitPair } from "./subjects";

/**
 * Snapshots of a focus-group session and what hangs off it, for the audit trail. Each belongs to
 * the session's country. What they leave out and why: see AuditSubject in ./subjects.ts.
 */

/** Dates as ISO text, as they would be sent to a browser. */
function plain(value: object): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value));
}

export const sessionSubject: SubjectReader = async (tx, id) => {
  const session = await tx.focusGroupSession.findUnique({
    where: { id },
    select: {
      title: true,
      startsAt: true,
      countryCode: true,
      place: true,
      online: true,
      gridId: true,
      status: true,
      facilitatorId: true,
      shareToken: true,
      organisations: { select: { organisationId: true }, orderBy: { organisationId: "asc" } },
    },
  });
  if (!session) return null;
  const { shareToken, organisations, ...fields } = session;
  const state = plain({
    ...fields,
    organisationIds: organisations.map((row) => row.organisationId),
    // Whether the summary is shared, never the link's token.
    shared: shareToken !== null,
  });
  return {
    type: "FocusGroupSession",
    id,
    label: session.title,
    countryCode: session.countryCode,
    state,
  };
};

export const sessionMemberSubject: SubjectReader = async (tx, id) => {
  const [sessionId, userId] = splitPair(id);
  const member = await tx.sessionMember.findUnique({
    where: { sessionId_userId: { sessionId, userId } },
    select: {
      role: true,
      canScore: true,
      user: { select: { name: true } },
      session: { select: { title: true, countryCode: true } },
    },
  });
  if (!member) return null;
  return {
    type: "SessionMember",
    id,
    label: `${member.user.name} · ${member.session.title}`,
    countryCode: member.session.countryCode,
    state: { sessionId, userId, role: member.role, canScore: member.canScore },
  };
};

export const agendaItemSubject: SubjectReader = async (tx, id) => {
  const item = await tx.agendaItem.findUnique({
    where: { id },
    select: {
      sessionId: true,
      wiseId: true,
      position: true,
      wise: { select: { name: true } },
      session: { select: { title: true, countryCode: true } },
    },
  });
  if (!item) return null;
  const { wise, session, ...state } = item;
  const label = `${wise.name} · ${session.title}`;
  return { type: "AgendaItem", id, label, countryCode: session.countryCode, state };
};

/** A classification is keyed by its agenda item. */
export const classificationSubject: SubjectReader = async (tx, id) => {
  const classification = await tx.classification.findUnique({
    where: { agendaItemId: id },
    select: {
      suggestedModel: true,
      agreedModel: true,
      rationale: true,
      agendaItem: {
        select: {
          wise: { select: { name: true } },
          session: { select: { title: true, countryCode: true } },
        },
      },
    },
  });
  if (!classification) return null;
  const { agendaItem, ...state } = classification;
  return {
    type: "Classification",
    id,
    label: `${agendaItem.wise.name} · ${agendaItem.session.title}`,
    countryCode: agendaItem.session.countryCode,
    state,
  };
};

/** A proposal is keyed by its agenda item and its author: `pairId(agendaItemId, userId)`. */
export const modelProposalSubject: SubjectReader = async (tx, id) => {
  const [agendaItemId, userId] = splitPair(id);
  const proposal = await tx.modelProposal.findUnique({
    where: { agendaItemId_userId: { agendaItemId, userId } },
    select: {
      model: true,
      comment: true,
      agendaItem: {
        select: {
          wise: { select: { name: true } },
          session: { select: { title: true, countryCode: true } },
        },
      },
    },
  });
  if (!proposal) return null;
  const { agendaItem, ...fields } = proposal;
  return {
    type: "ModelProposal",
    id,
    label: `${agendaItem.wise.name} · ${agendaItem.session.title}`,
    countryCode: agendaItem.session.countryCode,
    state: { agendaItemId, userId, ...fields },
  };
};

export const sessionNoteSubject: SubjectReader = async (tx, id) => {
  const note = await tx.sessionNote.findUnique({
    where: { id },
    select: {
      sessionId: true,
      agendaItemId: true,
      theme: true,
      body: true,
      isPublic: true,
      session: { select: { title: true, countryCode: true } },
    },
  });
  if (!note) return null;
  const { session, ...state } = note;
  return { type: "SessionNote", id, label: session.title, countryCode: session.countryCode, state };
};

export const sessionReviewSubject: SubjectReader = async (tx, id) => {
  const review = await tx.sessionReview.findUnique({
    where: { id },
    select: {
      sessionId: true,
      step: true,
      body: true,
      session: { select: { title: true, countryCode: true } },
    },
  });
  if (!review) return null;
  const { session, ...state } = review;
  const { title, countryCode } = session;
  return { type: "SessionReview", id, label: title, countryCode, state };
};

/** The live part of a session, keyed by the session; guests counted by standing, never named. */
export const liveSessionSubject: SubjectReader = async (tx, id) => {
  const live = await tx.liveSession.findUnique({
    where: { sessionId: id },
    // Not the join code: see AuditSubject.
    select: {
      phase: true,
      round: true,
      roundCriterionIds: true,
      currentAgendaItemId: true,
      admitAll: true,
      endedAt: true,
      session: { select: { title: true, countryCode: true } },
    },
  });
  if (!live) return null;
  const guests = await tx.liveParticipant.groupBy({
    by: ["status"],
    where: { sessionId: id },
    _count: { _all: true },
  });
  const { session, ...fields } = live;
  const guestsByStatus = Object.fromEntries(guests.map((row) => [row.status, row._count._all]));
  return {
    type: "LiveSession",
    id,
    label: session.title,
    countryCode: session.countryCode,
    state: plain({ ...fields, guests: guestsByStatus }),
  };
};
