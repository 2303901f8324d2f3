import { describe, expect, it } from "vitest";
import {
  canMove,
  isAgendaEditable,
  isGridEditable,
  isReopening,
  moveInOrder,
  nextStatuses,
} from "./rules";

describe("session status", () => {
  it("moves forward one step at a time", () => {
    expect(canMove("DRAFT", "OPEN")).toBe(true);
    expect(canMove("OPEN", "CLOSED")).toBe(true);
    expect(canMove("CLOSED", "PUBLISHED")).toBe(true);
  });

  it("never skips a step or goes back to draft", () => {
    expect(canMove("DRAFT", "CLOSED")).toBe(false);
    expect(canMove("DRAFT", "PUBLISHED")).toBe(false);
    expect(canMove("OPEN", "DRAFT")).toBe(false);
    expect(canMove("OPEN", "PUBLISHED")).toBe(false);
  });

  it("reopens a closed session, but not a published one", () => {
    expect(isReopening("CLOSED", "OPEN")).toBe(true);
    expect(canMove("CLOSED", "OPEN")).toBe(true);
    expect(nextStatuses("PUBLISHED")).toEqual([]);
  });

  it("locks the grid once scoring opened, and the agenda once closed", () => {
    expect(isGridEditable("DRAFT")).toBe(true);
    expect(isGridEditable("OPEN")).toBe(false);
    expect(isAgendaEditable("OPEN")).toBe(true);
    expect(isAgendaEditable("CLOSED")).toBe(false);
  });
});

describe("moveInOrder", () => {
  it("swaps an item with its neighbour", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
  });

  it("leaves the order alone at the ends or for an unknown id", () => {
    expect(moveInOrder(["a", "b"], "a", "up")).toEqual(["a", "b"]);
    expect(moveInOrder(["a", "b"], "b", "down")).toEqual(["a", "b"]);
    expect(moveInOrder(["a", "b"], "z", "up")).toEqual(["a", "b"]);
  });
});
