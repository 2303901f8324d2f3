import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listWises, listWisesForExport, WISE_PAGE_SIZE } from "@/lib/wises/queries";
import {
  checkThreshold,
  checkThresholds,
  emptyThresholdInput,
  THRESHOLD_OUTCOMES,
  THRESHOLD_RULE_IDS,
  type ThresholdInput,
} from "@/lib/wises/threshold-rules";
import { generatedProfiles } from "../factories/rule-profiles";
import { makeActor } from "../factories/users";
import { makeProfiledWise } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

/** Figures on and around every threshold, with each one missing in turn. */
const PROFILES: Partial<ThresholdInput>[] = [
  {
    totalEmployees: 100,
    supportNeedWorkers: 30,
    supportNeedWorkingTimePct: 30,
    salesRevenuePct: 50,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 100,
    supportNeedWorkers: 29,
    supportNeedWorkingTimePct: 30,
    salesRevenuePct: 50,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 100,
    supportNeedWorkers: 25,
    supportNeedWorkingTimePct: 29.99,
    salesRevenuePct: 49.99,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 3,
    supportNeedWorkers: 1,
    supportNeedWorkingTimePct: null,
    salesRevenuePct: 80,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 7,
    supportNeedWorkers: 2,
    supportNeedWorkingTimePct: 40,
    salesRevenuePct: null,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: null,
    supportNeedWorkers: 5,
    supportNeedWorkingTimePct: 50,
    salesRevenuePct: 60,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 10,
    supportNeedWorkers: null,
    supportNeedWorkingTimePct: 10,
    salesRevenuePct: 60,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: 0,
    supportNeedWorkers: 0,
    supportNeedWorkingTimePct: null,
    salesRevenuePct: 90,
    publicContractsRevenuePct: 0,
  },
  {
    totalEmployees: null,
    supportNeedWorkers: null,
    supportNeedWorkingTimePct: null,
    salesRevenuePct: null,
    publicContractsRevenuePct: 0,
  },
  // Income from trade is sales plus public contracts: exactly 50, just under, and contracts unknown.
  {
    totalEmployees: 8,
    supportNeedWorkers: 2,
    supportNeedWorkingTimePct: 30,
    salesRevenuePct: 30.01,
    publicContractsRevenuePct: 19.99,
  },
  {
    totalEmployees: 8,
    supportNeedWorkers: 2,
    supportNeedWorkingTimePct: 30,
    salesRevenuePct: 30,
    publicContractsRevenuePct: 19.99,
  },
  {
    totalEmployees: 8,
    supportNeedWorkers: 2,
    supportNeedWorkingTimePct: 30,
    salesRevenuePct: 80,
    publicContractsRevenuePct: null,
  },
];

describe("threshold filter in SQL", () => {
  it("selects exactly the WISEs whose check in code has the chosen outcome, for every rule", async () => {
    const admin = await makeActor("ADMIN");
    const names = new Map<string, Partial<ThresholdInput>>();
    for (const [index, figures] of PROFILES.entries()) {
      const name = `Case ${String(index).padStart(2, "0")}`;
      names.set(name, figures);
      await makeProfiledWise({ name, ...figures });
    }
    // The hand-written Romanian cases: the two rules that apply in Romania and read these figures.
    for (const rule of ["RO_INSERTION", "EU_RESERVED_CONTRACTS"] as const) {
      for (const outcome of THRESHOLD_OUTCOMES) {
        const expected = [...names].filter(
          ([, figures]) =>
            checkThreshold(rule, { ...emptyThresholdInput("RO"), ...figures }).outcome === outcome,
        );
        const listed = await listWises(admin, { check: rule, outcome });
        expect(
          listed.items.map((item) => item.name),
          `${rule} ${outcome}`,
        ).toEqual(expected.map(([name]) => name));
        // The list's own badges agree with the filter that selected the rows.
        for (const item of listed.items) {
          expect(item.checks.find((check) => check.rule === rule)?.outcome).toBe(outcome);
        }
      }
    }
  });

  it("agrees with the rules in code for every country's rules, on generated profiles around every boundary", async () => {
    const admin = await makeActor("ADMIN");
    const names = new Map(
      generatedProfiles().map((input, index) => [
        `Generated ${String(index).padStart(3, "0")}`,
        input,
      ]),
    );
    // One insert: the comparison runs 60 filtered queries, the rows need not come one by one.
    await db.wise.createMany({ data: [...names].map(([name, input]) => ({ name, ...input })) });
    for (const rule of THRESHOLD_RULE_IDS) {
      for (const outcome of THRESHOLD_OUTCOMES) {
        const expected = [...names]
          .filter(([, input]) =>
            checkThresholds(input).some((c) => c.rule === rule && c.outcome === outcome),
          )
          .map(([name]) => name);
        const listed = await listWisesForExport(admin, { check: rule, outcome });
        expect(
          listed.map((wise) => wise.name),
          `${rule} ${outcome}`,
        ).toEqual(expected);
      }
      // Every outcome of every rule is reached by some profile, so the comparison means something.
      const reached = new Set(
        [...names.values()].flatMap((input) =>
          checkThresholds(input)
            .filter((c) => c.rule === rule)
            .map((c) => c.outcome),
        ),
      );
      expect([...reached].sort(), rule).toEqual(["fail", "pass", "unknown"]);
    }
  }, 120_000);

  it("counts public contracts as trade for Social Firms UK, and is unknown without them", async () => {
    const admin = await makeActor("ADMIN");
    const base = { countryCode: "GB", totalEmployees: 8, supportNeedWorkers: 2 };
    await makeProfiledWise({
      name: "Contracts",
      ...base,
      salesRevenuePct: 30,
      publicContractsRevenuePct: 20,
    });
    await makeProfiledWise({
      name: "Short",
      ...base,
      salesRevenuePct: 30,
      publicContractsRevenuePct: 19.99,
    });
    await makeProfiledWise({ name: "No contracts figure", ...base, salesRevenuePct: 80 });
    const names = async (outcome: "pass" | "fail" | "unknown") =>
      (await listWises(admin, { check: "UK_SOCIAL_FIRM", outcome })).items.map((item) => item.name);
    expect(await names("pass")).toEqual(["Contracts"]);
    expect(await names("fail")).toEqual(["Short"]);
    expect(await names("unknown")).toEqual(["No contracts figure"]);
  });

  it("shows passing WISEs when a check is chosen without an outcome", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Passes", totalEmployees: 10, supportNeedWorkers: 5 });
    await makeProfiledWise({ name: "Fails", totalEmployees: 10, supportNeedWorkers: 1 });
    const listed = await listWises(admin, { check: "EU_RESERVED_CONTRACTS" });
    expect(listed.items.map((item) => item.name)).toEqual(["Passes"]);
  });
});

describe("list filters", () => {
  it("filters by country, by region ignoring case, and by part of the name", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "Atelierul de Pânză", countryCode: "RO", region: "Cluj" });
    await makeProfiledWise({ name: "Brutăria Bună", countryCode: "RO", region: "Iași" });
    await makeProfiledWise({ name: "Atelier Vert", countryCode: "BE", region: "Wallonia" });
    const names = async (filter: Parameters<typeof listWises>[1]) =>
      (await listWises(facilitator, filter)).items.map((item) => item.name);
    expect(await names({ country: "RO" })).toEqual(["Atelierul de Pânză", "Brutăria Bună"]);
    expect(await names({ region: "cluj" })).toEqual(["Atelierul de Pânză"]);
    expect(await names({ q: "ATELIER" })).toEqual(["Atelier Vert", "Atelierul de Pânză"]);
    expect(await names({ q: "pânză" })).toEqual(["Atelierul de Pânză"]);
    expect(await names({ q: "atelier", country: "BE" })).toEqual(["Atelier Vert"]);
  });

  it("finds a name whether or not the search is typed with its diacritics", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "Asociația Șansa" });
    // The same word with the older cedilla letters (ş, ţ) that many keyboards still produce.
    await makeProfiledWise({ name: "Fundaţia Şcoala" });
    await makeProfiledWise({ name: "Atelier Vert" });
    const names = async (q: string) =>
      (await listWises(facilitator, { q })).items.map((item) => item.name);
    expect(await names("asociatia sansa")).toEqual(["Asociația Șansa"]);
    expect(await names("ASOCIAȚIA")).toEqual(["Asociația Șansa"]);
    expect(await names("fundatia scoala")).toEqual(["Fundaţia Şcoala"]);
    expect(await names("Fundația Școala")).toEqual(["Fundaţia Şcoala"]);
  });

  it("takes what people type literally: % and _ are not wildcards", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "100% Social" });
    await makeProfiledWise({ name: "Social_Lab" });
    await makeProfiledWise({ name: "Other" });
    expect((await listWises(facilitator, { q: "%" })).items.map((item) => item.name)).toEqual([
      "100% Social",
    ]);
    expect((await listWises(facilitator, { q: "_" })).items.map((item) => item.name)).toEqual([
      "Social_Lab",
    ]);
  });

  it("pages through long lists in name order", async () => {
    const facilitator = await makeActor("FACILITATOR");
    for (let index = 0; index < WISE_PAGE_SIZE + 3; index++) {
      await makeProfiledWise({ name: `WISE ${String(index).padStart(3, "0")}` });
    }
    const first = await listWises(facilitator, {});
    const second = await listWises(facilitator, { page: 2 });
    expect(first).toMatchObject({ total: WISE_PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(WISE_PAGE_SIZE);
    expect(second.items.map((item) => item.name)).toEqual(["WISE 025", "WISE 026", "WISE 027"]);
    // A page past the end shows the last page rather than nothing.
    expect((await listWises(facilitator, { page: 9 })).page).toBe(2);
  });
});
