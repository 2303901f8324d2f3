import type { LiveParticipantStatus, LivePhase } from "@/lib/generated/prisma/enums";
import type { NameText } from "@/lib/grids/rules";

/** The PostgreSQL channel every live change is announced on (docs/decisions/0010). */
export const LIVE_CHANNEL = "wise_live";

/** What every screen of a live session may know about where the room is. */
export type LiveState = {
  sessionId: string;
  stateVersion: number;
  phase: LivePhase;
  round: number;
  roundCriterionIds: string[];
  currentAgendaItemId: string | null;
  currentWiseName: string | null;
  admitAll: boolean;
  /** Keep admitting everyone once scoring opens (otherwise "admit all" switches itself off). */
  admitDuringScoring: boolean;
  /** Most guests waiting or admitted at once. */
  guestCap: number;
  joinCode: string;
  ended: boolean;
};

/** What a guest's phone may know of the room's state: not the join code, not the console's settings. */
export type LiveGuestState = Omit<
  LiveState,
  "joinCode" | "admitAll" | "admitDuringScoring" | "guestCap"
>;

/** The room's state as a guest's phone receives it. */
export function guestStateOf(state: LiveState): LiveGuestState {
  const {
    joinCode: _code,
    admitAll: _all,
    admitDuringScoring: _during,
    guestCap: _cap,
    ...rest
  } = state;
  return rest;
}

/** A guest as the facilitator's console lists them, with their progress on the current item. */
export type LiveParticipantView = {
  participantId: string;
  userId: string;
  displayName: string;
  status: LiveParticipantStatus;
  answered: number;
};

/** Announced through NOTIFY inside the transaction that made the change. Kept well under 8000 bytes. */
export type LiveNotification =
  | { sessionId: string; type: "state"; state: LiveState }
  | { sessionId: string; type: "participants" }
  | {
      sessionId: string;
      type: "progress";
      agendaItemId: string;
      raterId: string;
      answered: number;
      round: number;
    };

/** Who a guest is, read from their `wf_live` cookie (lib/live/actor.ts). */
export type LiveGuest = {
  participantId: string;
  sessionId: string;
  status: LiveParticipantStatus;
  displayName: string;
  /** Whether the session is still OPEN and its live part not ended: without it, access ends. */
  sessionOpen: boolean;
  liveEnded: boolean;
};

/** A signed-in rater (facilitator, co-facilitator, invited participant) and their progress. */
export type LiveRaterView = { userId: string; name: string; answered: number };

/** What the facilitator's console and the room's screen start from (and refetch). */
export type LiveFacilitatorSnapshot = {
  state: LiveState;
  participants: LiveParticipantView[];
  raters: LiveRaterView[];
  /** Joins refused so far (too many attempts, room full): counted, never listed. */
  refusedJoins: number;
};

type GuestStanding = { participantId: string; displayName: string; status: LiveParticipantStatus };

/**
 * What a guest's phone starts from: the room's state and their own standing; once removed or
 * ended, their own standing only (nothing of the agenda, nobody else).
 */
export type LiveGuestSnapshot =
  | { state: LiveGuestState; me: GuestStanding }
  | { state: null; me: GuestStanding };

/** Counts of one criterion's answers in the current round of scoring, and how far apart they are. */
export type LiveCriterionReveal = {
  criterionId: string;
  code: string;
  /** Names in every language: one reveal is sent to readers of every language. */
  texts: NameText[];
  categoryId: string;
  /** Raters who chose level 1..5, in order. */
  levels: [number, number, number, number, number];
  notApplicable: number;
  unknown: number;
  /** Population standard deviation of the levels given; null with fewer than two levels. */
  spread: number | null;
  /** Highest minus lowest level given; null when nobody gave a level. */
  range: number | null;
  agreedLevel: number | null;
};

export type LiveCategoryReveal = {
  categoryId: string;
  code: string;
  texts: NameText[];
  /** Level answers of all raters on the category's criteria, 1..5. */
  levels: [number, number, number, number, number];
  notApplicable: number;
  unknown: number;
};

/** The room's screen after the reveal (GET /api/live/sessions/:id/reveal). */
export type LiveReveal = {
  agendaItemId: string;
  wiseName: string;
  round: number;
  raters: number;
  categories: LiveCategoryReveal[];
  criteria: LiveCriterionReveal[];
  /** Criteria with the widest spread first (only those with a spread above zero), at most five. */
  mostDisputed: string[];
};
