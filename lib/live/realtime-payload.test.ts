import { describe, expect, it } from "vitest";
import { parseLiveNotification } from "./realtime-payload";

const state = {
  sessionId: "s1",
  stateVersion: 4,
  phase: "SCORING_OPEN",
  round: 2,
  roundCriterionIds: ["c1"],
  currentAgendaItemId: "a1",
  currentWiseName: "Atelierul de Pânză",
  admitAll: false,
  admitDuringScoring: false,
  guestCap: 80,
  joinCode: "K7M2QX",
  ended: false,
};

describe("parseLiveNotification", () => {
  it("reads each notification of the contract", () => {
    expect(
      parseLiveNotification(JSON.stringify({ sessionId: "s1", type: "state", state })),
    ).toEqual({ sessionId: "s1", type: "state", state });
    expect(parseLiveNotification('{"sessionId":"s1","type":"participants"}')).toEqual({
      sessionId: "s1",
      type: "participants",
    });
    const progress = {
      sessionId: "s1",
      type: "progress",
      agendaItemId: "a1",
      raterId: "u1",
      answered: 3,
      round: 1,
    };
    expect(parseLiveNotification(JSON.stringify(progress))).toEqual(progress);
  });

  it("ignores what is not one of ours: bad JSON, unknown types, missing or mistyped fields", () => {
    expect(parseLiveNotification("not json")).toBeNull();
    expect(parseLiveNotification('{"sessionId":"s1","type":"reboot"}')).toBeNull();
    expect(parseLiveNotification('{"type":"participants"}')).toBeNull();
    const badPhase = { sessionId: "s1", type: "state", state: { ...state, phase: "DANCING" } };
    expect(parseLiveNotification(JSON.stringify(badPhase))).toBeNull();
    const noVersion = { sessionId: "s1", type: "state", state: { ...state, stateVersion: "4" } };
    expect(parseLiveNotification(JSON.stringify(noVersion))).toBeNull();
  });
});
