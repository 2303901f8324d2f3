import { describe, expect, it } from "vitest";
import {
  acknowledge,
  dropCriterion,
  enqueue,
  latestPending,
  type PendingChange,
  parseStoredQueue,
  rebase,
  retryDelayMs,
  versionToBuildOn,
} from "./score-queue";

const change = (id: string, criterionId: string, level: number, expectedVersion = 0) =>
  ({
    clientChangeId: id,
    agendaItemId: "item-1",
    criterionId,
    answer: "LEVEL",
    level,
    expectedVersion,
  }) satisfies PendingChange;

describe("the score queue", () => {
  it("keeps every change in the order it was made, even of the same criterion", () => {
    let queue = enqueue([], change("a", "c1", 2));
    queue = enqueue(queue, change("b", "c2", 3));
    queue = enqueue(queue, change("c", "c1", 4));
    expect(queue.map((item) => item.clientChangeId)).toEqual(["a", "b", "c"]);
  });

  it("on acknowledgement drops the change and carries the new version to later changes of that criterion only", () => {
    const queue = [change("a", "c1", 2, 0), change("b", "c2", 3, 5), change("c", "c1", 4, 0)];
    const after = acknowledge(queue, "a", 1);
    expect(after).toEqual([change("b", "c2", 3, 5), change("c", "c1", 4, 1)]);
  });

  it("ignores an acknowledgement of a change it no longer holds (a duplicate answer)", () => {
    const queue = [change("b", "c2", 3, 5)];
    expect(acknowledge(queue, "gone", 9)).toEqual(queue);
  });

  it("keeping one's answer after a conflict resends it under a new id on the stored version", () => {
    const queue = [change("a", "c1", 2, 1), change("b", "c2", 3)];
    expect(rebase(queue, "a", 4, "a2")).toEqual([change("a2", "c1", 2, 4), change("b", "c2", 3)]);
  });

  it("taking the stored value drops every unsent change of that criterion", () => {
    const queue = [change("a", "c1", 2), change("b", "c2", 3), change("c", "c1", 5)];
    expect(dropCriterion(queue, "item-1", "c1")).toEqual([change("b", "c2", 3)]);
  });

  it("shows the latest unsent answer per criterion of the agenda item on screen", () => {
    const other = { ...change("x", "c1", 1), agendaItemId: "item-2" };
    const pending = latestPending([change("a", "c1", 2), other, change("c", "c1", 5)], "item-1");
    expect([...pending.keys()]).toEqual(["c1"]);
    expect(pending.get("c1")?.level).toBe(5);
  });

  it("builds a new change on the last version the server gave, 0 when nothing is stored", () => {
    const saved = new Map([
      ["c1", { criterionId: "c1", answer: "LEVEL", level: 3, version: 7 }],
    ] as const);
    expect(versionToBuildOn(saved, "c1")).toBe(7);
    expect(versionToBuildOn(saved, "c2")).toBe(0);
  });

  it("backs off exponentially up to 10 s, never sooner than the server's Retry-After", () => {
    expect([0, 1, 2, 3, 10].map((attempt) => retryDelayMs(attempt))).toEqual([
      500, 1000, 2000, 4000, 10_000,
    ]);
    expect(retryDelayMs(0, 1)).toBe(1000);
  });

  it("restores a stored queue, skipping what it cannot read", () => {
    const stored = JSON.stringify([
      change("a", "c1", 2),
      { clientChangeId: 3 },
      change("b", "c2", 3),
    ]);
    expect(parseStoredQueue(stored).map((item) => item.clientChangeId)).toEqual(["a", "b"]);
    expect(parseStoredQueue("not json")).toEqual([]);
    expect(parseStoredQueue(null)).toEqual([]);
  });
});
