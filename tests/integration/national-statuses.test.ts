import { beforeEach, describe, expect, it } from "vitest";
import { EU_MEMBER_CODES } from "@/lib/countries/catalogue";
import { db } from "@/lib/db";
import { listCountryCodes } from "@/lib/organisations/queries";
import { getEuropeanView } from "@/lib/results/queries";
import { getSessionFormChoices } from "@/lib/sessions/queries";
import { createWise } from "@/lib/wises/mutations";
import { getWiseProfile } from "@/lib/wises/queries";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { wiseFormInput } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

describe("every EU member state", () => {
  it("can be chosen for a WISE and for a session", async () => {
    const wiseCountries = await listCountryCodes();
    const { countryCodes: sessionCountries } = await getSessionFormChoices();
    for (const code of EU_MEMBER_CODES) {
      expect(wiseCountries, code).toContain(code);
      expect(sessionCountries, code).toContain(code);
    }
  });

  it("registers a Maltese WISE, whose page checks it against the EU rule", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "MT" });
    const result = await createWise(
      facilitator,
      wiseFormInput({
        countryCode: "MT",
        region: "",
        totalEmployees: "10",
        supportNeedWorkers: "8",
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const profile = await getWiseProfile(facilitator, result.data.wiseId);
    expect(profile?.checks.map((check) => [check.rule, check.outcome])).toEqual([
      ["EU_RESERVED_CONTRACTS", "pass"],
    ]);
  });
});

describe("national facts on the WISE page", () => {
  it("shows a partner of another country the outcome but not the figures from disabled workers", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const result = await createWise(
      facilitator,
      wiseFormInput({
        totalEmployees: "10",
        supportNeedWorkers: "8",
        supportNeedWorkingTimePct: "60",
        disabledWorkers: "3",
        disabledWorkingTimePct: "50",
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const admin = await makeActor("ADMIN");
    const upa = (profile: Awaited<ReturnType<typeof getWiseProfile>>) =>
      profile?.checks.find((check) => check.rule === "RO_PROTECTED_UNIT");

    const exact = await getWiseProfile(admin, result.data.wiseId);
    expect(exact?.disabledWorkers).toBe(3);
    expect(upa(exact)).toMatchObject({ outcome: "pass" });
    expect(upa(exact)?.figures.find((f) => f.measure === "disabledCount")?.value).toBe(3);

    // A facilitator from Belgium may read a Romanian WISE, but not its exact worker counts.
    const belgian = await makeActor("FACILITATOR", { countryCode: "BE" });
    const shown = await getWiseProfile(belgian, result.data.wiseId);
    expect(shown).toMatchObject({ disabledWorkers: null, smallGroupsWithheld: true });
    expect(upa(shown)).toMatchObject({ outcome: "pass" });
    expect(upa(shown)?.figures.find((f) => f.measure === "disabledCount")).toMatchObject({
      value: null,
      withheld: true,
    });
  });
});

describe("the European view", () => {
  it("compares the national statuses: per WISE country, how many WISEs meet each rule", async () => {
    const admin = await makeActor("ADMIN");
    const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
    const ro = await makeSession({ facilitatorId: lead.id, status: "CLOSED", wiseCount: 2 });
    const be = await makeSession({ facilitatorId: lead.id, status: "CLOSED", countryCode: "BE" });
    const [meets, short] = ro.agendaItems.map((item) => item.wiseId);
    await db.wise.update({
      where: { id: meets },
      data: { totalEmployees: 10, supportNeedWorkers: 3, supportNeedWorkingTimePct: 30 },
    });
    await db.wise.update({
      where: { id: short },
      data: { totalEmployees: 10, supportNeedWorkers: 3, supportNeedWorkingTimePct: 29.99 },
    });
    await db.wise.update({
      where: { id: be.agendaItems[0].wiseId },
      data: { subdivisionCode: "BE-WAL", totalEmployees: 10, supportNeedWorkers: 1 },
    });
    const { legalStatuses } = await getEuropeanView(admin);
    const counts = (country: string, rule: string) =>
      legalStatuses
        .find((entry) => entry.country === country)
        ?.rules.find((entry) => entry.rule === rule)?.counts;
    expect(counts("RO", "RO_INSERTION")).toEqual({ pass: 1, fail: 1, unknown: 0 });
    expect(counts("RO", "EU_RESERVED_CONTRACTS")).toEqual({ pass: 2, fail: 0, unknown: 0 });
    expect(counts("RO", "RO_PROTECTED_UNIT")).toEqual({ pass: 0, fail: 0, unknown: 2 });
    expect(counts("BE", "EU_RESERVED_CONTRACTS")).toEqual({ pass: 0, fail: 1, unknown: 0 });
    // A Walloon WISE is not checked against Flanders' decree.
    expect(counts("BE", "BE_VLG_CUSTOMISED_WORK")).toBeUndefined();
  });
});
