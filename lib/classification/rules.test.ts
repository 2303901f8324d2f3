import { describe, expect, it } from "vitest";
import { isEuropeanModel } from "./models";
import { type ClassificationProfile, suggestModel } from "./rules";

const EMPTY: ClassificationProfile = {
  productionWeight: null,
  trainingWeight: null,
  socialSupportWeight: null,
  placementWeight: null,
  integrationMode: null,
  salesRevenuePct: null,
  publicContractsRevenuePct: null,
  subsidiesRevenuePct: null,
  donationsRevenuePct: null,
};

/** A profile where every fact not named is known to be 0 (the mode is named in each case). */
const profile = (overrides: Partial<ClassificationProfile>): ClassificationProfile => ({
  ...EMPTY,
  productionWeight: 0,
  trainingWeight: 0,
  socialSupportWeight: 0,
  placementWeight: 0,
  salesRevenuePct: 0,
  publicContractsRevenuePct: 0,
  subsidiesRevenuePct: 0,
  donationsRevenuePct: 0,
  ...overrides,
});

describe("suggestModel: a typical WISE of each model", () => {
  it("a bakery selling on the market with permanent jobs is productive", () => {
    const suggestion = suggestModel(
      profile({
        productionWeight: 80,
        socialSupportWeight: 20,
        integrationMode: "PERMANENT",
        salesRevenuePct: 75,
        subsidiesRevenuePct: 25,
      }),
    );
    expect(suggestion.model).toBe("PRODUCTIVE");
    expect(suggestion.tie).toBeNull();
    expect(suggestion.ranking[0].reasons).toContainEqual({
      key: "function.production",
      values: { share: 80 },
      points: 48,
    });
    expect(suggestion.ranking[0].reasons).toContainEqual({
      key: "revenue.sales",
      values: { share: 75 },
      points: 15,
    });
  });

  it("a training workshop with transitional paths is vocational training", () => {
    const suggestion = suggestModel(
      profile({
        productionWeight: 20,
        trainingWeight: 70,
        placementWeight: 10,
        integrationMode: "TRANSITIONAL",
        publicContractsRevenuePct: 40,
        subsidiesRevenuePct: 40,
        salesRevenuePct: 20,
      }),
    );
    expect(suggestion.model).toBe("VOCATIONAL_TRAINING");
  });

  it("supported permanent employment funded by grants is a social enterprise", () => {
    const suggestion = suggestModel(
      profile({
        productionWeight: 30,
        socialSupportWeight: 70,
        integrationMode: "PERMANENT",
        subsidiesRevenuePct: 50,
        donationsRevenuePct: 30,
        salesRevenuePct: 20,
      }),
    );
    expect(suggestion.model).toBe("SOCIAL_ENTERPRISE");
  });

  it("an agency matching workers to open-market jobs is specialised in placement", () => {
    const suggestion = suggestModel(
      profile({
        placementWeight: 80,
        trainingWeight: 20,
        integrationMode: "TRANSITIONAL",
        publicContractsRevenuePct: 60,
        subsidiesRevenuePct: 40,
      }),
    );
    expect(suggestion.model).toBe("PLACEMENT");
    expect(suggestion.ranking[0].reasons).toContainEqual({
      key: "function.notProducing",
      values: { share: 100 },
      points: 20,
    });
  });

  it("production, training and social support in one organisation is a one-stop-shop", () => {
    const suggestion = suggestModel(
      profile({
        productionWeight: 30,
        trainingWeight: 30,
        socialSupportWeight: 30,
        placementWeight: 10,
        integrationMode: "MIXED",
        salesRevenuePct: 40,
        subsidiesRevenuePct: 40,
        donationsRevenuePct: 20,
      }),
    );
    expect(suggestion.model).toBe("ONE_STOP_SHOP");
    expect(suggestion.ranking[0].reasons).toContainEqual({
      key: "function.manyFunctions",
      values: { count: 4 },
      points: 20,
    });
  });
});

describe("suggestModel: how close the others came", () => {
  it("ranks all five models, best first, with their points", () => {
    const suggestion = suggestModel(
      profile({
        productionWeight: 60,
        trainingWeight: 40,
        integrationMode: "MIXED",
        salesRevenuePct: 60,
      }),
    );
    expect(suggestion.ranking.map((entry) => entry.model).sort()).toEqual([
      "ONE_STOP_SHOP",
      "PLACEMENT",
      "PRODUCTIVE",
      "SOCIAL_ENTERPRISE",
      "VOCATIONAL_TRAINING",
    ]);
    const points = suggestion.ranking.map((entry) => entry.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // production 60% -> 36, mixed -> 10, sales 60% -> 12
    expect(suggestion.ranking[0]).toMatchObject({ model: "PRODUCTIVE", points: 58 });
  });

  it("normalises weights that do not add up to 100", () => {
    const a = suggestModel(profile({ productionWeight: 8, trainingWeight: 2 }));
    const b = suggestModel(profile({ productionWeight: 80, trainingWeight: 20 }));
    expect(a.ranking).toEqual(b.ranking);
  });
});

const COMPLETE: ClassificationProfile = {
  productionWeight: 80,
  trainingWeight: 0,
  socialSupportWeight: 20,
  placementWeight: 0,
  integrationMode: "PERMANENT",
  salesRevenuePct: 75,
  publicContractsRevenuePct: 0,
  subsidiesRevenuePct: 25,
  donationsRevenuePct: 0,
};

describe("suggestModel: ties", () => {
  it("suggests no model on a tie, and names the tied models", () => {
    const suggestion = suggestModel({
      ...COMPLETE,
      productionWeight: 50,
      socialSupportWeight: 50,
      salesRevenuePct: 0,
      subsidiesRevenuePct: 0,
      donationsRevenuePct: 0,
      publicContractsRevenuePct: 0,
    });
    expect(suggestion).toMatchObject({
      outcome: "tie",
      model: null,
      tie: ["PRODUCTIVE", "SOCIAL_ENTERPRISE"],
      missing: [],
    });
  });

  it("suggests a model that is half a point or more ahead", () => {
    const suggestion = suggestModel(COMPLETE);
    expect(suggestion).toMatchObject({ outcome: "suggested", model: "PRODUCTIVE", tie: null });
  });
});

describe("suggestModel: not enough information", () => {
  it("suggests nothing for an empty profile and names every missing fact", () => {
    const suggestion = suggestModel(EMPTY);
    expect(suggestion).toMatchObject({ outcome: "notEnoughInformation", model: null, tie: null });
    expect(suggestion.missing).toEqual([
      "productionWeight",
      "trainingWeight",
      "socialSupportWeight",
      "placementWeight",
      "integrationMode",
      "salesRevenuePct",
      "publicContractsRevenuePct",
      "subsidiesRevenuePct",
      "donationsRevenuePct",
    ]);
    expect(suggestion.contenders).toHaveLength(5);
  });

  it("does not take a missing function weight as zero", () => {
    // Production 80 and social support 20 given, training unknown: with training at 20 the
    // three functions are balanced enough for a one-stop-shop to come first.
    const suggestion = suggestModel({ ...COMPLETE, trainingWeight: null });
    expect(suggestion).toMatchObject({ outcome: "notEnoughInformation", model: null });
    expect(suggestion.missing).toEqual(["trainingWeight"]);
    expect(suggestion.contenders).toEqual(["PRODUCTIVE", "ONE_STOP_SHOP"]);
    const productive = suggestion.ranking.find((entry) => entry.model === "PRODUCTIVE");
    // Worst case: 80 of 200 is production (24 points), not 80 of 100 (48).
    expect(productive?.reasons).toContainEqual({
      key: "function.production",
      values: { share: 40 },
      points: 24,
      worstCase: true,
    });
  });

  it("does not take one missing revenue share as zero", () => {
    const suggestion = suggestModel({
      ...COMPLETE,
      productionWeight: 34,
      trainingWeight: 0,
      socialSupportWeight: 33,
      placementWeight: 33,
      salesRevenuePct: 40,
      subsidiesRevenuePct: null,
      donationsRevenuePct: 10,
      publicContractsRevenuePct: 0,
    });
    expect(suggestion.missing).toEqual(["subsidiesRevenuePct"]);
    const social = suggestion.ranking.find((entry) => entry.model === "SOCIAL_ENTERPRISE");
    // Known 10% of grants; the missing subsidies could be up to the 50% left.
    expect(social?.points).toBe(19.8 + 20 + 2);
    expect(social?.best).toBe(19.8 + 20 + 12);
  });

  it("still suggests when no value of the missing facts could change the answer", () => {
    const suggestion = suggestModel({
      ...COMPLETE,
      productionWeight: 100,
      socialSupportWeight: 0,
      salesRevenuePct: 95,
      subsidiesRevenuePct: 5,
      donationsRevenuePct: null,
    });
    expect(suggestion).toMatchObject({
      outcome: "suggested",
      model: "PRODUCTIVE",
      missing: ["donationsRevenuePct"],
    });
  });

  it("does not suggest from the mode alone", () => {
    const suggestion = suggestModel({ ...EMPTY, integrationMode: "TRANSITIONAL" });
    expect(suggestion.model).toBeNull();
    expect(suggestion.missing).not.toContain("integrationMode");
  });
});

const PROFILES: ClassificationProfile[] = [
  COMPLETE,
  EMPTY,
  { ...COMPLETE, trainingWeight: null, integrationMode: null },
  { ...EMPTY, placementWeight: 70, trainingWeight: 30, integrationMode: "MIXED" },
  {
    productionWeight: 30,
    trainingWeight: 30,
    socialSupportWeight: 30,
    placementWeight: 10,
    integrationMode: "MIXED",
    salesRevenuePct: 40,
    publicContractsRevenuePct: null,
    subsidiesRevenuePct: 40,
    donationsRevenuePct: 20,
  },
  { ...COMPLETE, integrationMode: "TRANSITIONAL", placementWeight: 55, productionWeight: 5 },
];

describe("suggestModel: every point has its reason", () => {
  it("adds up each model's reasons to exactly its points, and never beyond the best case", () => {
    for (const profile of PROFILES) {
      for (const entry of suggestModel(profile).ranking) {
        const sum = Math.round(entry.reasons.reduce((total, r) => total + r.points, 0) * 10) / 10;
        expect(sum, `${entry.model} ${JSON.stringify(profile)}`).toBe(entry.points);
        expect(entry.best).toBeGreaterThanOrEqual(entry.points);
        for (const reason of entry.reasons) expect(reason.points).toBeGreaterThan(0);
      }
    }
  });

  it("gives the one-stop-shop's 10 points for a non-mixed mode a reason", () => {
    const oneStop = suggestModel(COMPLETE).ranking.find((e) => e.model === "ONE_STOP_SHOP");
    expect(oneStop?.reasons).toContainEqual({ key: "mode.anyForOneStop", points: 10 });
  });

  it("gives placement's points for not producing a reason", () => {
    const placement = suggestModel(COMPLETE).ranking.find((e) => e.model === "PLACEMENT");
    expect(placement?.reasons).toContainEqual({
      key: "function.notProducing",
      values: { share: 20 },
      points: 4,
    });
  });
});

describe("isEuropeanModel", () => {
  it("separates the three European sub-models from the two Romanian ones", () => {
    expect(isEuropeanModel("PRODUCTIVE")).toBe(true);
    expect(isEuropeanModel("VOCATIONAL_TRAINING")).toBe(true);
    expect(isEuropeanModel("SOCIAL_ENTERPRISE")).toBe(true);
    expect(isEuropeanModel("PLACEMENT")).toBe(false);
    expect(isEuropeanModel("ONE_STOP_SHOP")).toBe(false);
  });
});
