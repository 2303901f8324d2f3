import { describe, expect, it } from "vitest";
import type { ReviewStep } from "@/lib/generated/prisma/enums";
import {
  approvalState,
  approvalSubject,
  isApproved,
  isDecision,
  needsBody,
  type StatusEvent,
  timelineOf,
} from "./rules";

const at = (minute: number) => new Date(Date.UTC(2026, 4, 12, 10, minute));
const step = (kind: ReviewStep, minute: number) => ({ step: kind, createdAt: at(minute) });
const closed = (minute: number): StatusEvent => ({
  fromStatus: "OPEN",
  toStatus: "CLOSED",
  changedAt: at(minute),
});
const reopened = (minute: number): StatusEvent => ({
  fromStatus: "CLOSED",
  toStatus: "OPEN",
  changedAt: at(minute),
});

describe("approval of a session's results", () => {
  it("is awaited until the partner decides", () => {
    expect(approvalState([], [closed(0)])).toBe("AWAITING");
    expect(approvalState([step("COMMENT", 1), step("FACILITATOR_REPLY", 2)], [closed(0)])).toBe(
      "AWAITING",
    );
    expect(isApproved([], [])).toBe(false);
  });

  it("is given by an approval, whatever comments and replies follow it", () => {
    const reviews = [step("COMMENT", 1), step("APPROVED", 2), step("FACILITATOR_REPLY", 3)];
    expect(approvalState(reviews, [closed(0)])).toBe("APPROVED");
    expect(isApproved([...reviews, step("COMMENT", 4)], [closed(0)])).toBe(true);
  });

  it("is withdrawn by a later request for changes", () => {
    const reviews = [step("APPROVED", 1), step("CHANGES_REQUESTED", 2)];
    expect(approvalState(reviews, [closed(0)])).toBe("CHANGES_REQUESTED");
    expect(isApproved(reviews, [closed(0)])).toBe(false);
  });

  it("is given again by an approval after the request for changes, in any input order", () => {
    const reviews = [step("APPROVED", 3), step("CHANGES_REQUESTED", 2), step("APPROVED", 1)];
    expect(approvalState(reviews, [closed(0)])).toBe("APPROVED");
  });

  it("no longer counts once the session is reopened, and counts again after a new approval", () => {
    const history = [closed(0), reopened(2), closed(3)];
    expect(approvalState([step("APPROVED", 1)], history)).toBe("AWAITING");
    expect(isApproved([step("APPROVED", 1)], history)).toBe(false);
    expect(isApproved([step("APPROVED", 1), step("APPROVED", 4)], history)).toBe(true);
  });

  it("forgets a request for changes once the session is reopened to make them", () => {
    const history = [closed(0), reopened(2), closed(3)];
    expect(approvalState([step("CHANGES_REQUESTED", 1)], history)).toBe("AWAITING");
  });

  it("ignores closings and publishing: only a reopening resets the review", () => {
    const history: StatusEvent[] = [
      { fromStatus: "DRAFT", toStatus: "OPEN", changedAt: at(0) },
      closed(1),
      { fromStatus: "CLOSED", toStatus: "PUBLISHED", changedAt: at(5) },
    ];
    expect(isApproved([step("APPROVED", 2)], history)).toBe(true);
  });

  it("resolves ties against approval", () => {
    expect(approvalState([step("APPROVED", 1), step("CHANGES_REQUESTED", 1)], [])).toBe(
      "CHANGES_REQUESTED",
    );
    expect(isApproved([step("APPROVED", 2)], [closed(0), reopened(2)])).toBe(false);
  });
});

describe("review steps", () => {
  it("only approvals and requests for changes decide", () => {
    expect(isDecision("APPROVED")).toBe(true);
    expect(isDecision("CHANGES_REQUESTED")).toBe(true);
    expect(isDecision("COMMENT")).toBe(false);
    expect(isDecision("FACILITATOR_REPLY")).toBe(false);
  });

  it("every step but an approval needs words", () => {
    expect(needsBody("APPROVED")).toBe(false);
    expect(needsBody("CHANGES_REQUESTED")).toBe(true);
    expect(needsBody("COMMENT")).toBe(true);
    expect(needsBody("FACILITATOR_REPLY")).toBe(true);
  });
});

describe("the review timeline", () => {
  it("tells review steps and status changes in the order they happened", () => {
    const entries = timelineOf(
      [
        { id: "r2", ...step("APPROVED", 4) },
        { id: "r1", ...step("COMMENT", 1) },
      ],
      [
        { id: "s1", ...closed(0) },
        { id: "s2", ...reopened(2) },
      ],
    );
    expect(entries.map((entry) => `${entry.kind}:${entry.id}`)).toEqual([
      "status:s1",
      "review:r1",
      "status:s2",
      "review:r2",
    ]);
  });

  it("puts a review step before a status change of the same instant", () => {
    const entries = timelineOf(
      [{ id: "r", ...step("APPROVED", 2) }],
      [{ id: "s", ...reopened(2) }],
    );
    expect(entries.map((entry) => entry.id)).toEqual(["r", "s"]);
  });
});

describe("what an approval applies to", () => {
  const now = { countryCode: "RO", wiseIds: ["w1", "w2"] };
  const approval = (subject: typeof now, country = "RO") => ({
    ...step("APPROVED", 1),
    approvedSubject: approvalSubject(subject),
    approverCountryCode: country,
  });

  it("holds while the country and the agenda are as approved, in any order", () => {
    expect(
      approvalState([approval({ countryCode: "RO", wiseIds: ["w2", "w1"] })], [closed(0)], now),
    ).toBe("APPROVED");
  });

  it("is void after a WISE was added or removed, or the country changed", () => {
    expect(approvalState([approval({ ...now, wiseIds: ["w1"] })], [closed(0)], now)).toBe("VOID");
    expect(approvalState([approval({ ...now, countryCode: "BE" })], [closed(0)], now)).toBe("VOID");
    expect(approvalState([approval(now, "BE")], [closed(0)], now)).toBe("VOID");
    expect(isApproved([approval({ ...now, wiseIds: [] })], [closed(0)], now)).toBe(false);
  });

  it("counts an approval written before the rule, which recorded nothing", () => {
    expect(approvalState([step("APPROVED", 1)], [closed(0)], now)).toBe("APPROVED");
  });
});
