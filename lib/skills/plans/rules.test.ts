import { describe, expect, it } from "vitest";
import { largestGaps, matchOffers, type PlanOfferInput, proposePlan } from "./rules";

const gap = (code: string, mwds: number, group: "ENABLER" | "WORKER" = "ENABLER") => ({
  group,
  code,
  gap: mwds / 4,
  mwds,
  respondents: 6,
});

const offer = (overrides: Partial<PlanOfferInput>): PlanOfferInput => ({
  id: "o1",
  title: "Cloud tools for managers",
  group: "ENABLER",
  language: "ro",
  countryCode: "RO",
  skillCodes: ["DIGCOMP_1_1"],
  ...overrides,
});

describe("a plan's largest gaps", () => {
  it("takes the three largest positive gaps of the group by Borich score", () => {
    const gaps = [
      gap("A", 2),
      gap("B", 9),
      gap("C", 5),
      gap("D", 7),
      gap("E", -1),
      gap("F", 20, "WORKER"),
    ];
    expect(largestGaps(gaps, "ENABLER").map((g) => g.code)).toEqual(["B", "D", "C"]);
    expect(largestGaps([gap("E", -1)], "ENABLER")).toEqual([]);
  });
});

describe("matching offers to a gap", () => {
  const target = gap("DIGCOMP_1_1", 6);

  it("matches an offer for the skill and group, in the WISE's country and one of its languages", () => {
    const [match] = matchOffers(target, [offer({})], "RO");
    expect(match?.offer.id).toBe("o1");
    expect(match?.reason).toEqual({
      skillCode: "DIGCOMP_1_1",
      group: "ENABLER",
      countryCode: "RO",
      language: "ro",
    });
  });

  it("leaves out offers for another skill, group, country or language", () => {
    const others = [
      offer({ id: "skill", skillCodes: ["DIGCOMP_2_1"] }),
      offer({ id: "group", group: "WORKER" }),
      offer({ id: "country", countryCode: "BG", language: "bg" }),
      offer({ id: "language", language: "en" }),
    ];
    expect(matchOffers(target, others, "RO")).toEqual([]);
  });

  it("accepts any official language of a country of several", () => {
    const french = offer({ countryCode: "BE", language: "fr" });
    const english = offer({ id: "o2", countryCode: "BE", language: "en" });
    expect(matchOffers(target, [french, english], "BE").map((m) => m.offer.id)).toEqual(["o1"]);
  });
});

describe("the proposed plan", () => {
  it("lists a gap no offer addresses as unmet, and groups without gaps not at all", () => {
    const plan = proposePlan(
      [gap("DIGCOMP_1_1", 6), gap("ENABLER_STRATEGY", 8)],
      [offer({})],
      "RO",
      ["ENABLER", "SUPPORTER", "WORKER"],
    );
    expect(plan.map((p) => p.group)).toEqual(["ENABLER"]);
    expect(plan[0]?.gaps.map((g) => [g.code, g.unmet])).toEqual([
      ["ENABLER_STRATEGY", true],
      ["DIGCOMP_1_1", false],
    ]);
  });
});
