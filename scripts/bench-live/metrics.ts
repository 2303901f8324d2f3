import type { ScoreAnswer } from "../../lib/generated/prisma/enums";

/** Everything the run measures; filled by the simulated devices, read by the report. */
export class Metrics {
  /** Request start to response of each score change (the first copy when sent twice). */
  readonly ackMs: number[] = [];
  /** The same for the second copy of a change sent twice (idempotent retries). */
  readonly retryAckMs: number[] = [];
  /** A facilitator's control action (request start) to each guest's stream showing the state. */
  readonly stateMs: number[] = [];
  /**
   * A score change sent by a phone to the facilitator's stream showing that rater's progress.
   * From the send, not the ack: the NOTIFY goes out at commit, before the HTTP answer, so from
   * the ack almost every figure would be 0.
   */
  readonly progressMs: number[] = [];
  /** Progress events that reached the facilitator before the ack reached the phone. */
  progressBeforeAck = 0;
  readonly controlMs: number[] = [];
  /** A route without database work, sampled during scoring: the server's floor at that moment. */
  readonly floorMs: number[] = [];
  readonly joinMs: number[] = [];
  changesSent = 0;
  duplicatesSent = 0;
  readonly errors = new Map<string, number>();

  error(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }

  get errorCount(): number {
    let total = 0;
    for (const count of this.errors.values()) total += count;
    return total;
  }
}

export type AckedChange = {
  clientChangeId: string;
  raterId: string;
  agendaItemId: string;
  criterionId: string;
  answer: ScoreAnswer;
  level: number | null;
  /** The score's version after the change, as the server acknowledged it. */
  version: number;
};

/** What the server acknowledged, and what was sent without an answer (timeouts, drops). */
export class Ledger {
  readonly acked = new Map<string, AckedChange>();
  readonly unanswered = new Set<string>();

  sent(clientChangeId: string): void {
    if (!this.acked.has(clientChangeId)) this.unanswered.add(clientChangeId);
  }

  ack(change: AckedChange): void {
    this.acked.set(change.clientChangeId, change);
    this.unanswered.delete(change.clientChangeId);
  }

  /** The server answered with a refusal: nothing was written for this id. */
  refused(clientChangeId: string): void {
    this.unanswered.delete(clientChangeId);
  }
}
