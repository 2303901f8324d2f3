import { describe, expect, it } from "vitest";
import { COUNTED_KINDS, hrefOf, isCounted, WAITING_KINDS } from "./rules";

describe("home waiting rules", () => {
  it("counts what needs the reader, not what waits for someone else", () => {
    expect(isCounted("AWAITING_PARTNER")).toBe(false);
    expect(isCounted("ASKED_TO_CHANGE")).toBe(false);
    expect(COUNTED_KINDS).toEqual(
      WAITING_KINDS.filter((kind) => kind !== "AWAITING_PARTNER" && kind !== "ASKED_TO_CHANGE"),
    );
  });

  it("links each item to the page where its job is done", () => {
    const item = { id: "s1", agendaItemId: null };
    expect(hrefOf({ ...item, kind: "TO_OPEN" })).toBe("/sessions/s1");
    expect(hrefOf({ ...item, kind: "TO_REVIEW" })).toBe("/sessions/s1/review");
    expect(hrefOf({ ...item, kind: "READY_TO_PUBLISH" })).toBe("/sessions/s1/review");
    expect(hrefOf({ ...item, kind: "NEW_SUMMARY" })).toBe("/summaries/s1");
    expect(hrefOf({ ...item, kind: "PENDING_INVITATION" })).toBe("/admin/users/s1");
    expect(hrefOf({ kind: "INVITED_TO_SCORE", id: "s1", agendaItemId: "a2" })).toBe(
      "/sessions/s1/score/a2",
    );
    // A session with an empty agenda: its page, where the agenda is shown.
    expect(hrefOf({ ...item, kind: "INVITED_TO_SCORE" })).toBe("/sessions/s1");
  });
});
