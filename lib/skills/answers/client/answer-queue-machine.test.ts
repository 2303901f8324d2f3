import { describe, expect, it } from "vitest";
import { formatChangeId, isNewerChange, nextSequence } from "../change-id";
import {
  enqueueSurveyChange,
  type PendingSurveyChange,
  parseStoredSurveyQueue,
} from "./answer-queue";
import {
  type AnswerQueueEvent,
  type AnswerQueueState,
  initialAnswerQueueState,
  saveStatus,
  transitionAnswerQueue,
} from "./answer-queue-machine";

let sequence = 1_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function skill(skillId: string, importanceNow: number | null = 3): PendingSurveyChange {
  sequence += 1;
  return {
    kind: "skill",
    changeId: formatChangeId(sequence, uuid(sequence)),
    responseId: "r1",
    skillId,
    importanceNow,
    importanceFuture: null,
    mastery: null,
    notPartOfJob: false,
  };
}

function run(events: AnswerQueueEvent[], start: AnswerQueueState = initialAnswerQueueState()) {
  let state = start;
  const effects = [];
  for (const event of events) {
    const next = transitionAnswerQueue(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const ok = (changeId: string): AnswerQueueEvent => ({
  type: "answered",
  changeId,
  status: 200,
  body: { saved: { kind: "skill" }, applied: true },
  retryAfter: null,
});

describe("change ids", () => {
  it("sort in the order a device made them, even when its clock stands still or goes back", () => {
    const a = nextSequence(0, 5_000);
    const b = nextSequence(a, 5_000);
    const c = nextSequence(b, 4_000);
    const ids = [a, b, c].map((n, i) => formatChangeId(n, uuid(i)));
    expect([...ids].sort()).toEqual(ids);
    expect(isNewerChange(ids[2] ?? "", ids[1] ?? null)).toBe(true);
    expect(isNewerChange(ids[1] ?? "", ids[1] ?? null)).toBe(false);
    expect(isNewerChange(ids[0] ?? "", null)).toBe(true);
  });
});

describe("the survey's answer queue", () => {
  it("sends one change at a time, in order, and the status line says saved once all are acknowledged", () => {
    const a = skill("s1");
    const b = skill("s2");
    const { state, effects } = run([
      { type: "changed", change: a },
      { type: "changed", change: b },
    ]);
    expect(effects.filter((e) => e.type === "send")).toEqual([{ type: "send", change: a }]);
    expect(saveStatus(state)).toEqual({ kind: "pending", count: 2 });
    const after = run([ok(a.changeId), ok(b.changeId)], state);
    expect(after.effects.filter((e) => e.type === "send")).toEqual([{ type: "send", change: b }]);
    expect(after.state.queue).toEqual([]);
    expect(after.effects.at(-1)).toEqual({ type: "persist", queue: [] });
    expect(saveStatus(after.state)).toEqual({ kind: "saved" });
  });

  it("a newer change of the same skill replaces an unsent older one, but not the one in flight", () => {
    const first = skill("s1", 1);
    const second = skill("s1", 2);
    const third = skill("s1", 3);
    const { state } = run([
      { type: "changed", change: first },
      { type: "changed", change: second },
      { type: "changed", change: third },
    ]);
    expect(state.inFlight).toEqual(first);
    expect(state.queue).toEqual([first, third]);
    expect(enqueueSurveyChange([first], skill("s2"), null)).toHaveLength(2);
  });

  it("offline: the change stays queued and stored, is retried with back-off, and goes when the phone is back", () => {
    const a = skill("s1");
    const { state, effects } = run([
      { type: "wentOffline" },
      { type: "changed", change: a },
      { type: "networkFailed", changeId: a.changeId },
    ]);
    expect(effects).toContainEqual({ type: "persist", queue: [a] });
    expect(effects).toContainEqual({ type: "scheduleRetry", delayMs: 500 });
    expect(saveStatus(state)).toEqual({ kind: "offline", count: 1 });
    const back = run([{ type: "wentOnline" }], state);
    expect(back.effects).toEqual([{ type: "cancelRetry" }, { type: "send", change: a }]);
    const saved = run([ok(a.changeId)], back.state);
    expect(saveStatus(saved.state)).toEqual({ kind: "saved" });
  });

  it("a 503 or a lost cookie (401) is retried; a closed survey stops sending and says why, keeping the changes", () => {
    const a = skill("s1");
    const b = skill("s2");
    const busy = run([
      { type: "changed", change: a },
      {
        type: "answered",
        changeId: a.changeId,
        status: 503,
        body: { error: "tryAgain" },
        retryAfter: "1",
      },
    ]);
    expect(busy.effects).toContainEqual({ type: "scheduleRetry", delayMs: 1000 });
    const due = run([{ type: "retryDue" }], busy.state);
    expect(due.effects).toEqual([{ type: "send", change: a }]);
    const closed = run(
      [
        {
          type: "answered",
          changeId: a.changeId,
          status: 409,
          body: { error: "surveyClosed" },
          retryAfter: null,
        },
        { type: "changed", change: b },
      ],
      due.state,
    );
    expect(closed.effects.some((e) => e.type === "send")).toBe(false);
    expect(saveStatus(closed.state)).toEqual({ kind: "stopped", count: 2, error: "surveyClosed" });
  });

  it("restores what an earlier visit left unsent, before changes made since, and ignores an answer to another change", () => {
    const old = skill("s1", 1);
    const fresh = skill("s2");
    const { state, effects } = run([
      { type: "changed", change: fresh },
      { type: "restored", queue: [old] },
    ]);
    expect(state.queue).toEqual([old, fresh]);
    expect(run([ok("someone-else")], state).state).toEqual(state);
    expect(effects.filter((e) => e.type === "send")).toEqual([{ type: "send", change: fresh }]);
  });

  it("reads a stored queue change by change, keeping only this response's readable changes", () => {
    const good = skill("s1");
    const text = JSON.stringify([
      good,
      { ...skill("s2"), responseId: "r2" },
      { ...skill("s3"), importanceNow: 9 },
      "junk",
    ]);
    expect(parseStoredSurveyQueue(text, "r1")).toEqual([good]);
    expect(parseStoredSurveyQueue("{not json", "r1")).toEqual([]);
  });
});
