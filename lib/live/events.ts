import type { LiveParticipantStatus, LivePhase } from "@/lib/generated/prisma/enums";

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
  joinCode: string;
  ended: boolean;
};

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
