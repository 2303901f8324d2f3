import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, makeJoinCode } from "./join-code";
import { JoinLiveSchema, LiveControlSchema, LiveScoreSchema } from "./schemas";

describe("joining", () => {
  it("forgives case, spaces and dashes in the code and trims the name", () => {
    expect(JoinLiveSchema.parse({ code: " ac-d 3e4 ", displayName: "  Ana  " })).toEqual({
      code: "ACD3E4",
      displayName: "Ana",
    });
  });

  it("refuses impossible codes as unknown, and names that are empty or too long", () => {
    for (const code of ["ACD3E", "ACD3E4F", "0O1I5S"]) {
      const result = JoinLiveSchema.safeParse({ code, displayName: "Ana" });
      expect(result.error?.issues[0].message).toBe("liveCodeUnknown");
    }
    expect(JoinLiveSchema.safeParse({ code: "ACD3E4", displayName: " " }).success).toBe(false);
    expect(JoinLiveSchema.safeParse({ code: "ACD3E4", displayName: "x".repeat(41) }).success).toBe(
      false,
    );
  });

  it("says once each that an empty code and an empty name are required", () => {
    const result = JoinLiveSchema.safeParse({ code: " ", displayName: "" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["code", "required"],
      ["displayName", "required"],
    ]);
    const short = JoinLiveSchema.safeParse({ code: "0O", displayName: "Ana" });
    expect(short.error?.issues.map((issue) => issue.message)).toEqual(["liveCodeUnknown"]);
  });

  it("makes codes the join form accepts, without look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = makeJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(JoinLiveSchema.safeParse({ code, displayName: "Ana" }).success).toBe(true);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });
});

describe("console actions", () => {
  it("accepts each action with its own fields only", () => {
    expect(LiveControlSchema.safeParse({ sessionId: "s", action: "start" }).success).toBe(true);
    expect(
      LiveControlSchema.parse({ sessionId: "s", action: "secondRound", criterionIds: ["a", "a"] }),
    ).toMatchObject({ criterionIds: ["a"] });
    expect(
      LiveControlSchema.safeParse({ sessionId: "s", action: "secondRound", criterionIds: [] })
        .success,
    ).toBe(false);
    expect(
      LiveControlSchema.safeParse({ sessionId: "s", action: "agree", criterionId: "c", level: 6 })
        .success,
    ).toBe(false);
    expect(LiveControlSchema.safeParse({ sessionId: "s", action: "admit" }).success).toBe(false);
    expect(LiveControlSchema.safeParse({ sessionId: "s", action: "explode" }).success).toBe(false);
  });
});

describe("live score", () => {
  const base = {
    agendaItemId: "i",
    criterionId: "c",
    answer: "LEVEL",
    level: 3,
    expectedVersion: 0,
  };

  it("needs a UUID made on the device", () => {
    expect(LiveScoreSchema.safeParse(base).success).toBe(false);
    expect(LiveScoreSchema.safeParse({ ...base, clientChangeId: "1234" }).success).toBe(false);
    expect(
      LiveScoreSchema.safeParse({ ...base, clientChangeId: "0b6f1c3e-9a54-4c1d-8f3e-2a7b9c1d4e5f" })
        .success,
    ).toBe(true);
  });
});
