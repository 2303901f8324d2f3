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

const profile = (overrides: Partial<ClassificationProfile>) => ({ ...EMPTY, ...overrides });

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
    });
    expect(suggestion.ranking[0].reasons).toContainEqual({
      key: "revenue.sales",
      values: { share: 75 },
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
      key: "function.littleProduction",
      values: { share: 0 },
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

describe("suggestModel: ties and missing data", () => {
  it("reports a tie and follows the documented order of the models", () => {
    const suggestion = suggestModel(
      profile({ productionWeight: 50, socialSupportWeight: 50, integrationMode: "PERMANENT" }),
    );
    expect(suggestion.tie).toEqual(["PRODUCTIVE", "SOCIAL_ENTERPRISE"]);
    expect(suggestion.model).toBe("PRODUCTIVE");
  });

  it("says what is missing instead of pretending to know", () => {
    const suggestion = suggestModel(EMPTY);
    expect(suggestion.missing).toEqual(["functions", "integrationMode", "revenueMix"]);
    expect(suggestion.ranking.every((entry) => entry.points === 0)).toBe(true);
    expect(suggestion.tie).toHaveLength(5);
  });

  it("names only the facts that are missing", () => {
    expect(suggestModel(profile({ trainingWeight: 100, salesRevenuePct: 10 })).missing).toEqual([
      "integrationMode",
    ]);
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
