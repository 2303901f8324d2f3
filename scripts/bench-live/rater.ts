import type { ScoreAnswer } from "../../lib/generated/prisma/enums";
import type { Device } from "./http";
import type { Metrics } from "./metrics";
import type { Ack, ScoreSender } from "./score-sender";
import type { Screen } from "./screen";
import { jitter } from "./stats";

/** A person in the room who scores: a guest's phone, or a facilitator's laptop. */
export type Rater = { label: string; userId: string; device: Device; screen: Screen };

export type RoundPlan = {
  agendaItemId: string;
  round: number;
  criterionIds: string[];
  /** Ask the rater to change their mind once, on a criterion already scored. */
  changeMind: boolean;
};

export type RaterContext = {
  sender: ScoreSender;
  metrics: Metrics;
  paceMs: [number, number];
  stopAt: () => number;
  /** Called after the ack of a criterion's first answer in round 1: the count it answered so far. */
  onAnswered(rater: Rater, agendaItemId: string, answered: number, ack: Ack): void;
};

const STATE_WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Mostly levels around a personal leaning, now and then "not applicable" or "don't know". */
function pickAnswer(
  leaning: number,
  avoid?: number | null,
): { answer: ScoreAnswer; level: number | null } {
  const roll = Math.random();
  if (roll < 0.04) return { answer: "NOT_APPLICABLE", level: null };
  if (roll < 0.08) return { answer: "UNKNOWN", level: null };
  let level = Math.min(5, Math.max(1, leaning + Math.round((Math.random() - 0.5) * 3)));
  if (level === avoid) level = level === 5 ? 4 : level + 1;
  return { answer: "LEVEL", level };
}

/**
 * One rater through one round of one agenda item, at human pace: waits until their own screen
 * shows scoring open (phones follow the room, they are not told otherwise), then answers the
 * criteria in grid order with a pause before each, and maybe changes one answer at the end.
 * `versions` carries each criterion's last acknowledged version across rounds.
 */
export async function scoreRound(
  rater: Rater,
  plan: RoundPlan,
  versions: Map<string, number>,
  context: RaterContext,
): Promise<void> {
  const open = await rater.screen.waitFor(
    (state) =>
      state.currentAgendaItemId === plan.agendaItemId &&
      state.phase === "SCORING_OPEN" &&
      state.round === plan.round,
    STATE_WAIT_MS,
  );
  if (!open) context.metrics.error("phone never showed scoring open (scored anyway)");
  const leaning = 2 + Math.floor(Math.random() * 3);
  const levels = new Map<string, number | null>();
  let answered = 0;
  const change = async (criterionId: string, avoid?: number | null) => {
    await sleep(jitter(...context.paceMs));
    if (performance.now() > context.stopAt()) return false;
    const picked = pickAnswer(leaning, avoid);
    const ack = await context.sender.send(rater.device, rater.userId, {
      agendaItemId: plan.agendaItemId,
      criterionId,
      ...picked,
      expectedVersion: versions.get(criterionId) ?? 0,
    });
    if (!ack) return true;
    const isFirstAnswer = !versions.has(criterionId);
    versions.set(criterionId, ack.version);
    levels.set(criterionId, picked.level);
    if (isFirstAnswer && plan.round === 1) {
      answered += 1;
      context.onAnswered(rater, plan.agendaItemId, answered, ack);
    }
    return true;
  };
  for (const criterionId of plan.criterionIds) {
    if (!(await change(criterionId))) return;
  }
  if (plan.changeMind && levels.size > 0) {
    const scored = [...levels.keys()];
    const criterionId = scored[Math.floor(Math.random() * scored.length)];
    await change(criterionId, levels.get(criterionId));
  }
}
