import { DomainError } from "@/lib/actions/result";
import type { LivePhase } from "@/lib/generated/prisma/enums";

/** What the live scoring rule needs to know about the room. */
export type LiveScoringFacts = {
  phase: LivePhase;
  round: number;
  roundCriterionIds: string[];
  currentAgendaItemId: string | null;
  ended: boolean;
};

/**
 * Through the live API a score is taken only for the WISE on stage, while its scoring is open,
 * and in a second round only for the criteria the room chose to score again.
 */
export function assertLiveScoringOpen(
  live: LiveScoringFacts | null,
  score: { agendaItemId: string; criterionId: string },
): void {
  if (!live) throw new DomainError(409, "liveNotStarted");
  if (live.ended) throw new DomainError(409, "liveEnded");
  if (live.phase !== "SCORING_OPEN" || live.currentAgendaItemId !== score.agendaItemId)
    throw new DomainError(409, "liveScoringClosed");
  if (live.round === 2 && !live.roundCriterionIds.includes(score.criterionId))
    throw new DomainError(409, "liveCriterionNotInRound", "criterionId");
}

/**
 * The round a score change belongs to: 2 only for a chosen criterion of the WISE on stage
 * while a second round is running; every other change (also from the ordinary scoring page)
 * is a first-round answer.
 */
export function roundOfChange(
  live: LiveScoringFacts | null,
  score: { agendaItemId: string; criterionId: string },
): number {
  if (!live || live.ended || live.round !== 2) return 1;
  return live.currentAgendaItemId === score.agendaItemId &&
    live.roundCriterionIds.includes(score.criterionId)
    ? 2
    : 1;
}

type PhaseAction = "openScoring" | "closeScoring" | "reveal";

/** The phases each step may start from; asking for the phase already reached changes nothing. */
const ALLOWED_FROM: Record<PhaseAction, { to: LivePhase; from: LivePhase[] }> = {
  openScoring: { to: "SCORING_OPEN", from: ["PRESENTING", "SCORING_CLOSED"] },
  closeScoring: { to: "SCORING_CLOSED", from: ["SCORING_OPEN"] },
  reveal: { to: "REVEALED", from: ["SCORING_OPEN", "SCORING_CLOSED"] },
};

/** The phase to move to, null when already there; throws when the step makes no sense now. */
export function nextPhase(current: LivePhase, action: PhaseAction): LivePhase | null {
  const rule = ALLOWED_FROM[action];
  if (current === rule.to) return null;
  if (!rule.from.includes(current)) throw new DomainError(409, "liveWrongPhase");
  return rule.to;
}
