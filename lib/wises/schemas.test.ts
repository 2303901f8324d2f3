import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/command";
import { CreateWiseSchema, thresholdInputOf, UpdateWiseSchema, WiseFilterSchema } from "./schemas";

const MINIMAL = { name: "Atelierul de Pânză", countryCode: "RO" };

function errorsOf(input: Record<string, unknown>) {
  const result = CreateWiseSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("WISE schema: single fields", () => {
  it("needs only a name and a country; everything else may stay unknown", () => {
    const result = CreateWiseSchema.parse({ ...MINIMAL, totalEmployees: "", website: " " });
    expect(result).toMatchObject({
      name: "Atelierul de Pânză",
      countryCode: "RO",
      totalEmployees: null,
      website: null,
      sectors: [],
      supportNeedCounts: [],
    });
  });

  it("reports a missing name and an unknown country by field", () => {
    expect(errorsOf({ name: "  ", countryCode: "XX" })).toEqual({
      name: ["required"],
      countryCode: ["unknownCountry"],
    });
    expect(errorsOf({ name: "A" })).toEqual({ countryCode: ["countryRequired"] });
  });

  it("reads country codes case-insensitively", () => {
    expect(CreateWiseSchema.parse({ name: "A", countryCode: " be " }).countryCode).toBe("BE");
  });

  it("splits comma-separated sectors, dropping blanks and repeats", () => {
    const { sectors } = CreateWiseSchema.parse({
      ...MINIMAL,
      sectors: "Bakery, catering,, bakery ,  Laundry  services",
    });
    expect(sectors).toEqual(["Bakery", "catering", "Laundry services"]);
  });

  it("accepts a founding year from 1800 to this year only", () => {
    const thisYear = new Date().getFullYear();
    expect(CreateWiseSchema.parse({ ...MINIMAL, yearFounded: "1991" }).yearFounded).toBe(1991);
    expect(CreateWiseSchema.parse({ ...MINIMAL, yearFounded: String(thisYear) }).yearFounded).toBe(
      thisYear,
    );
    for (const year of ["1799", String(thisYear + 1), "19.5", "abcd", "91"]) {
      expect(errorsOf({ ...MINIMAL, yearFounded: year }), year).toEqual({
        yearFounded: ["yearOutOfRange"],
      });
    }
  });

  it("reads percentages with a decimal comma or a % sign, up to two decimals, 0 to 100", () => {
    const parsed = CreateWiseSchema.parse({
      ...MINIMAL,
      salesRevenuePct: "40,5",
      subsidiesRevenuePct: "20 %",
      supportNeedWorkingTimePct: "100",
    });
    expect(parsed).toMatchObject({
      salesRevenuePct: 40.5,
      subsidiesRevenuePct: 20,
      supportNeedWorkingTimePct: 100,
    });
    for (const value of ["100.01", "-1", "12.345", "lots", "1e2"]) {
      expect(errorsOf({ ...MINIMAL, salesRevenuePct: value }), value).toEqual({
        salesRevenuePct: ["percentOutOfRange"],
      });
    }
  });

  it("accepts function weights as whole numbers from 0 to 100", () => {
    expect(
      CreateWiseSchema.parse({ ...MINIMAL, productionWeight: "0", placementWeight: "100" }),
    ).toMatchObject({
      productionWeight: 0,
      placementWeight: 100,
    });
    expect(errorsOf({ ...MINIMAL, trainingWeight: "101", socialSupportWeight: "2.5" })).toEqual({
      trainingWeight: ["weightOutOfRange"],
      socialSupportWeight: ["weightOutOfRange"],
    });
  });

  it("refuses negative, fractional or wordy headcounts", () => {
    expect(
      errorsOf({
        ...MINIMAL,
        totalEmployees: "-3",
        supportNeedWorkers: "2.5",
        supportNeed_NEETS: "few",
      }),
    ).toEqual({
      totalEmployees: ["headcountInvalid"],
      supportNeedWorkers: ["headcountInvalid"],
      supportNeed_NEETS: ["headcountInvalid"],
    });
  });

  it("adds https:// to a bare web address and refuses what is not one", () => {
    expect(CreateWiseSchema.parse({ ...MINIMAL, website: "www.atelier.ro" }).website).toBe(
      "https://www.atelier.ro",
    );
    expect(CreateWiseSchema.parse({ ...MINIMAL, website: "http://atelier.ro/x" }).website).toBe(
      "http://atelier.ro/x",
    );
    for (const website of ["javascript:alert(1)", "not a site", "ftp://atelier.ro", "localhost"]) {
      expect(errorsOf({ ...MINIMAL, website }), website).toEqual({ website: ["invalidWebsite"] });
    }
  });

  it("checks and lower-cases the representative's e-mail", () => {
    expect(
      CreateWiseSchema.parse({ ...MINIMAL, representativeEmail: " Ana@Atelier.RO " })
        .representativeEmail,
    ).toBe("ana@atelier.ro");
    expect(errorsOf({ ...MINIMAL, representativeEmail: "ana@" })).toEqual({
      representativeEmail: ["invalidEmail"],
    });
  });

  it("reads the integration mode case-insensitively", () => {
    expect(CreateWiseSchema.parse({ ...MINIMAL, integrationMode: "mixed" }).integrationMode).toBe(
      "MIXED",
    );
    expect(errorsOf({ ...MINIMAL, integrationMode: "sometimes" })).toEqual({
      integrationMode: ["integrationModeInvalid"],
    });
  });
});

describe("WISE schema: rules across fields", () => {
  it("refuses more workers with support needs than employees", () => {
    expect(errorsOf({ ...MINIMAL, totalEmployees: "10", supportNeedWorkers: "11" })).toEqual({
      supportNeedWorkers: ["wsnExceedsTotal"],
    });
    expect(errorsOf({ ...MINIMAL, totalEmployees: "10", supportNeedWorkers: "10" })).toEqual({});
  });

  it("refuses category counts that add up to more than the workers with support needs", () => {
    const input = {
      ...MINIMAL,
      totalEmployees: "20",
      supportNeedWorkers: "6",
      supportNeed_HOMELESS: "4",
    };
    expect(errorsOf({ ...input, supportNeed_NEETS: "3" })).toEqual({
      supportNeedCategories: ["categoriesExceedWsn"],
    });
    expect(errorsOf({ ...input, supportNeed_NEETS: "2" })).toEqual({});
  });

  it("needs the number of workers with support needs when categories are counted", () => {
    expect(errorsOf({ ...MINIMAL, supportNeed_NEETS: "2" })).toEqual({
      supportNeedWorkers: ["wsnNeededForCategories"],
    });
    expect(errorsOf({ ...MINIMAL, supportNeed_NEETS: "0" })).toEqual({});
  });

  it("refuses a working-time share for workers with support needs when there are none", () => {
    expect(
      errorsOf({ ...MINIMAL, supportNeedWorkers: "0", supportNeedWorkingTimePct: "10" }),
    ).toEqual({
      supportNeedWorkingTimePct: ["workingTimeWithoutWsn"],
    });
  });

  it("refuses a revenue mix above 100%, and accepts exactly 100% with decimals", () => {
    const mix = {
      salesRevenuePct: "33.33",
      publicContractsRevenuePct: "33.33",
      subsidiesRevenuePct: "33.34",
    };
    expect(errorsOf({ ...MINIMAL, ...mix })).toEqual({});
    expect(errorsOf({ ...MINIMAL, ...mix, donationsRevenuePct: "0.01" })).toEqual({
      revenueMix: ["revenueOver100"],
    });
  });

  it("reports several broken rules at once", () => {
    const errors = errorsOf({
      ...MINIMAL,
      totalEmployees: "5",
      supportNeedWorkers: "8",
      supportNeed_EX_OFFENDERS: "9",
      salesRevenuePct: "80",
      donationsRevenuePct: "30",
    });
    expect(errors).toEqual({
      supportNeedWorkers: ["wsnExceedsTotal"],
      supportNeedCategories: ["categoriesExceedWsn"],
      revenueMix: ["revenueOver100"],
    });
  });

  it("reports the rules between fields in the same round as the fields' own errors", () => {
    const nextYear = String(new Date().getFullYear() + 1);
    expect(
      errorsOf({
        name: "",
        countryCode: "RO",
        yearFounded: nextYear,
        totalEmployees: "10",
        supportNeedWorkers: "12",
        salesRevenuePct: "90",
        subsidiesRevenuePct: "20",
        representativeEmail: "not-an-address",
      }),
    ).toEqual({
      name: ["required"],
      yearFounded: ["yearOutOfRange"],
      representativeEmail: ["invalidEmail"],
      supportNeedWorkers: ["wsnExceedsTotal"],
      revenueMix: ["revenueOver100"],
    });
  });

  it("leaves a rule silent when one of its figures is itself invalid, and checks the rest", () => {
    expect(
      errorsOf({
        ...MINIMAL,
        supportNeedWorkers: "many",
        supportNeed_NEETS: "2",
        salesRevenuePct: "150",
        donationsRevenuePct: "60",
        subsidiesRevenuePct: "50",
      }),
    ).toEqual({
      supportNeedWorkers: ["headcountInvalid"],
      salesRevenuePct: ["percentOutOfRange"],
      revenueMix: ["revenueOver100"],
    });
  });

  it("checks the rules between fields on an edit even when the id is missing", () => {
    const result = UpdateWiseSchema.safeParse({
      ...MINIMAL,
      totalEmployees: "1",
      supportNeedWorkers: "2",
    });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
      wiseId: ["required"],
      supportNeedWorkers: ["wsnExceedsTotal"],
    });
  });

  it("keeps the counts given per category, including zeros, and nothing for blank ones", () => {
    const parsed = CreateWiseSchema.parse({
      ...MINIMAL,
      supportNeedWorkers: "5",
      supportNeed_NEETS: "3",
      supportNeed_HOMELESS: "0",
      supportNeed_SUBSTANCE_USE: "",
    });
    expect(parsed.supportNeedCounts).toEqual([
      { category: "HOMELESS", count: 0 },
      { category: "NEETS", count: 3 },
    ]);
  });
});

describe("thresholdInputOf", () => {
  it("reads the figures the checks need from a form being filled in; blank or invalid is unknown", () => {
    expect(
      thresholdInputOf({
        totalEmployees: "20",
        supportNeedWorkers: "many",
        supportNeedWorkingTimePct: "35,5 %",
        salesRevenuePct: "",
        publicContractsRevenuePct: "12,5",
      }),
    ).toMatchObject({
      totalEmployees: 20,
      supportNeedWorkers: null,
      supportNeedWorkingTimePct: 35.5,
      salesRevenuePct: null,
      publicContractsRevenuePct: 12.5,
      totalFte: null,
    });
  });

  it("reads the national facts too: the country, codes and FTE with a decimal comma", () => {
    expect(
      thresholdInputOf({
        countryCode: "be",
        subdivisionCode: "be-vlg",
        legalFormCode: "BE_VZW",
        totalFte: "30,5",
        yearFounded: "2020",
      }),
    ).toMatchObject({
      countryCode: "BE",
      subdivisionCode: "BE-VLG",
      legalFormCode: "BE_VZW",
      totalFte: 30.5,
      yearFounded: 2020,
    });
  });
});

describe("WISE schema: the facts of the national rules", () => {
  it("stores FTE, codes and counts, and leaves the ones not given unknown", () => {
    const result = CreateWiseSchema.parse({
      ...MINIMAL,
      countryCode: "PL",
      legalFormCode: "pl_social_cooperative",
      foundersTotal: "6",
      foundersAtRisk: "3",
      totalFte: "12,25",
    });
    expect(result).toMatchObject({
      legalFormCode: "PL_SOCIAL_COOPERATIVE",
      foundersTotal: 6,
      foundersAtRisk: 3,
      totalFte: 12.25,
      disabledWorkers: null,
      subdivisionCode: null,
    });
  });

  it("refuses a legal form or region of another country, and a part larger than its whole", () => {
    expect(
      errorsOf({
        ...MINIMAL,
        legalFormCode: "LV_SIA",
        subdivisionCode: "BE-VLG",
        foundersTotal: "3",
        foundersAtRisk: "4",
        totalFte: "10",
        supportNeedFte: "10.01",
        supportNeedWorkers: "2",
        disabledWorkers: "3",
      }),
    ).toEqual({
      legalFormCode: ["codeNotOffered"],
      subdivisionCode: ["codeNotOffered"],
      foundersAtRisk: ["partExceedsWhole"],
      supportNeedFte: ["partExceedsWhole"],
      disabledWorkers: ["partExceedsWhole"],
    });
  });

  it("refuses FTE that are not a number with at most two decimals", () => {
    expect(errorsOf({ ...MINIMAL, totalFte: "12.345" })).toEqual({ totalFte: ["fteInvalid"] });
    expect(errorsOf({ ...MINIMAL, totalFte: "-1" })).toEqual({ totalFte: ["fteInvalid"] });
  });
});

describe("UpdateWiseSchema", () => {
  it("applies the same rules and separates the id from the data", () => {
    const parsed = UpdateWiseSchema.parse({ wiseId: "w1", ...MINIMAL, totalEmployees: "4" });
    expect(parsed).toMatchObject({ wiseId: "w1", data: { name: MINIMAL.name, totalEmployees: 4 } });
    const failed = UpdateWiseSchema.safeParse({
      wiseId: "w1",
      ...MINIMAL,
      totalEmployees: "4",
      supportNeedWorkers: "5",
    });
    expect(failed.success).toBe(false);
  });
});

describe("WiseFilterSchema", () => {
  it("keeps valid filters and drops invalid ones instead of failing the page", () => {
    expect(
      WiseFilterSchema.parse({
        q: " pânză ",
        country: "ro",
        check: "UK_SOCIAL_FIRM",
        outcome: "fail",
        page: "2",
      }),
    ).toEqual({
      q: "pânză",
      country: "RO",
      check: "UK_SOCIAL_FIRM",
      outcome: "fail",
      page: 2,
      region: undefined,
    });
    expect(
      WiseFilterSchema.parse({
        country: "Romania",
        check: "NOPE",
        outcome: "maybe",
        page: "-1",
        q: "",
      }),
    ).toEqual({
      q: undefined,
      country: undefined,
      region: undefined,
      check: undefined,
      outcome: undefined,
      page: undefined,
    });
  });
});
