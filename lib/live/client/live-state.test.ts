import { describe, expect, it } from "vitest";
import type { LiveState } from "@/lib/live/events";
import { newerState, stateOf } from "./live-state";

const state = (stateVersion: number, sessionId = "s1"): LiveState => ({
  sessionId,
  stateVersion,
  phase: "PRESENTING",
  round: 1,
  roundCriterionIds: [],
  currentAgendaItemId: "item",
  currentWiseName: "WISE",
  admitAll: false,
  admitDuringScoring: false,
  guestCap: 80,
  joinCode: "ACD347",
  ended: false,
});

describe("live state on screens", () => {
  it("reads the state from a bare state event and from a snapshot or notification wrapping it", () => {
    expect(stateOf(state(3))?.stateVersion).toBe(3);
    expect(stateOf({ state: state(4), participants: [] })?.stateVersion).toBe(4);
    expect(stateOf({ state: null })).toBeNull();
    expect(stateOf("nonsense")).toBeNull();
  });

  it("never goes back to an older state that arrives late", () => {
    expect(newerState(state(5), state(4))?.stateVersion).toBe(5);
    expect(newerState(state(5), state(6))?.stateVersion).toBe(6);
    expect(newerState(null, state(1))?.stateVersion).toBe(1);
    expect(newerState(state(5), null)?.stateVersion).toBe(5);
  });
});
