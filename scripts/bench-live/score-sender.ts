import { randomUUID } from "node:crypto";
import type { SavedScore } from "../../lib/evaluations/mutations";
import type { ScoreAnswer } from "../../lib/generated/prisma/enums";
import type { Device, JsonResponse } from "./http";
import type { Ledger, Metrics } from "./metrics";

export type ScoreChangeInput = {
  agendaItemId: string;
  criterionId: string;
  answer: ScoreAnswer;
  level: number | null;
  expectedVersion: number;
};
/** `sentAt`: when the acknowledged attempt was sent; `ackedAt`: when its answer arrived. */
export type Ack = { version: number; sentAt: number; ackedAt: number };
type Answer = { score?: SavedScore; duplicate?: boolean; error?: string; current?: SavedScore };

const MAX_ATTEMPTS = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends score changes as the participant's page does: one at a time, each with a fresh
 * clientChangeId, the same id again after a timeout, a dropped connection or 503 `tryAgain`
 * (with back-off), so that nothing acknowledged is lost and nothing is written twice. A share of
 * changes is deliberately sent twice, at once or after the ack, to prove the writes idempotent.
 */
export class ScoreSender {
  constructor(
    private readonly metrics: Metrics,
    private readonly ledger: Ledger,
    private readonly retryShare: number,
    private readonly stopAt: () => number,
  ) {}

  async send(device: Device, raterId: string, change: ScoreChangeInput): Promise<Ack | null> {
    const body = { clientChangeId: randomUUID(), ...change };
    this.metrics.changesSent += 1;
    const roll = Math.random();
    const mode =
      roll < this.retryShare / 2 ? "together" : roll < this.retryShare ? "after" : "once";
    let first: Outcome;
    if (mode === "together") {
      this.metrics.duplicatesSent += 1;
      const [a, b] = await Promise.all([this.deliver(device, body), this.deliver(device, body)]);
      first = a;
      if (a.kind === "saved" && b.kind === "saved") {
        this.metrics.retryAckMs.push(b.ms);
        this.checkPair(a.answer, b.answer, "sent twice at once");
      } else if (a.kind === "saved" || b.kind === "saved") {
        this.metrics.error("change sent twice at once: only one copy acknowledged");
        if (a.kind !== "saved") first = b;
      }
    } else {
      first = await this.deliver(device, body);
    }
    if (first.kind !== "saved") return first.kind === "stale" ? first.ack : null;

    const score = first.answer.score as SavedScore;
    this.ledger.ack({
      clientChangeId: body.clientChangeId,
      raterId,
      agendaItemId: change.agendaItemId,
      criterionId: change.criterionId,
      answer: score.answer,
      level: score.level,
      version: score.version,
    });
    this.metrics.ackMs.push(first.ms);
    // A duplicate is answered with the original's outcome, so the version is the same either way.
    if (score.version !== change.expectedVersion + 1)
      this.metrics.error("ack with an unexpected version");
    if (mode === "after") {
      this.metrics.duplicatesSent += 1;
      const again = await this.deliver(device, body);
      if (again.kind === "saved") {
        this.metrics.retryAckMs.push(again.ms);
        if (!again.answer.duplicate) this.metrics.error("retry after the ack not marked duplicate");
        if (again.answer.score?.version !== score.version) {
          this.metrics.error("retry after the ack answered with another version");
        }
      }
    }
    return { version: score.version, sentAt: first.at - first.ms, ackedAt: first.at };
  }

  private checkPair(a: Answer, b: Answer, how: string): void {
    if (a.score?.version !== b.score?.version) this.metrics.error(`change ${how}: versions differ`);
    // Both marked duplicate is right when an earlier, unanswered attempt had landed already.
    if (!a.duplicate && !b.duplicate) this.metrics.error(`change ${how}: both copies written`);
  }

  /** One change until it is answered: transport failures and 503 are retried with the same id. */
  private async deliver(device: Device, body: ScoreChangeInput & { clientChangeId: string }) {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (attempt > 1) await sleep(Math.min(250 * 2 ** (attempt - 2), 2000));
      // The run's time is up: a phone would keep the change queued; not counted as an error.
      if (attempt > 1 && performance.now() > this.stopAt()) return { kind: "failed" } as const;
      this.ledger.sent(body.clientChangeId);
      const startedAt = performance.now();
      let response: JsonResponse<Answer>;
      try {
        response = await device.postJson<Answer>("/api/live/scores", body);
      } catch (error) {
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        this.metrics.error(timedOut ? "score: timeout" : "score: network error");
        continue;
      }
      const at = performance.now();
      const outcome = classify(response, at - startedAt, at);
      if (outcome.kind === "retry") {
        this.metrics.error(`score: ${response.status} ${response.body.error ?? ""}`.trim());
        continue;
      }
      if (outcome.kind !== "saved") {
        this.metrics.error(`score: ${response.status} ${response.body.error ?? ""}`.trim());
        if (attempt === 1) this.ledger.refused(body.clientChangeId);
      }
      return outcome;
    }
    this.metrics.error("score: gave up after retries");
    return { kind: "failed" } as const;
  }
}

type Outcome = ReturnType<typeof classify> | { kind: "failed" };

function classify(response: JsonResponse<Answer>, ms: number, at: number) {
  const { status, body } = response;
  if (status === 200 && body.score) return { kind: "saved", answer: body, ms, at } as const;
  if (status === 503 || status >= 500) return { kind: "retry" } as const;
  if (status === 409 && body.error === "scoreStale") {
    // The page adopts what is stored and goes on from there, as the participant's page does.
    const version = body.current?.version ?? 0;
    return { kind: "stale", ack: { version, sentAt: at - ms, ackedAt: at } } as const;
  }
  return { kind: "refused" } as const;
}
