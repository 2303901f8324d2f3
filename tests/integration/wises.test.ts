import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createWise, updateWise } from "@/lib/wises/mutations";
import { getWiseForEdit, getWiseProfile, listWises } from "@/lib/wises/queries";
import { makeActor } from "../factories/users";
import { makeProfiledWise, wiseFormInput, wiseRowCounts } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

describe("registering and editing WISEs, by role", () => {
  it.each<[Role, boolean]>([
    ["ADMIN", true],
    ["FACILITATOR", true],
    ["PARTNER", false],
    ["PARTICIPANT", false],
  ])("%s may register a WISE: %s", async (role, allowed) => {
    const actor = await makeActor(role, { countryCode: "RO" });
    const result = await createWise(actor, wiseFormInput({ name: "Atelier Verde" }));
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result).toMatchObject({ status: 403, message: "forbidden" });
    expect(await db.wise.count({ where: { name: "Atelier Verde" } })).toBe(allowed ? 1 : 0);
  });

  it.each<[Role, boolean]>([
    ["ADMIN", true],
    ["FACILITATOR", true],
    ["PARTNER", false],
    ["PARTICIPANT", false],
  ])("%s may edit a WISE of their own country: %s", async (role, allowed) => {
    const actor = await makeActor(role, { countryCode: "RO" });
    const wise = await makeProfiledWise({ name: "Before", countryCode: "RO" });
    const result = await updateWise(actor, {
      wiseId: wise.id,
      ...wiseFormInput({ name: "After" }),
    });
    expect(result.ok).toBe(allowed);
    expect((await db.wise.findUniqueOrThrow({ where: { id: wise.id } })).name).toBe(
      allowed ? "After" : "Before",
    );
  });

  it("stores the whole profile with its counts per category, and records who registered it", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const result = await createWise(facilitator, wiseFormInput({ name: "Pânza" }));
    if (!result.ok) throw new Error(result.message);
    const wise = await db.wise.findUniqueOrThrow({
      where: { id: result.data.wiseId },
      include: { supportNeedCounts: { orderBy: { category: "asc" } } },
    });
    expect(wise).toMatchObject({
      name: "Pânza",
      sectors: ["textiles", "repairs"],
      website: "https://atelier.example.org",
      totalEmployees: 20,
      integrationMode: "PERMANENT",
      createdById: facilitator.id,
    });
    expect(wise.salesRevenuePct?.toNumber()).toBe(55);
    expect(wise.supportNeedCounts.map(({ category, count }) => [category, count])).toEqual([
      ["PHYSICAL_SENSORY_DISABILITY", 5],
      ["HOMELESS", 2],
    ]);
    expect(await db.auditEvent.count({ where: { action: "wise.create", targetId: wise.id } })).toBe(
      1,
    );
  });

  it("replaces the counts per category on edit", async () => {
    const admin = await makeActor("ADMIN");
    const wise = await makeProfiledWise({
      supportNeedWorkers: 9,
      totalEmployees: 10,
      supportNeedCounts: [{ category: "NEETS", count: 6 }],
    });
    const result = await updateWise(admin, {
      wiseId: wise.id,
      ...wiseFormInput({
        supportNeed_PHYSICAL_SENSORY_DISABILITY: "",
        supportNeed_HOMELESS: "",
        supportNeed_EX_OFFENDERS: "7",
      }),
    });
    expect(result.ok).toBe(true);
    const counts = await db.wiseSupportNeedCount.findMany({ where: { wiseId: wise.id } });
    expect(counts.map(({ category, count }) => [category, count])).toEqual([["EX_OFFENDERS", 7]]);
  });
});

describe("invalid input writes nothing", () => {
  it("refuses more workers with support needs than employees, and a revenue mix over 100%", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const before = await wiseRowCounts();
    const result = await createWise(
      facilitator,
      wiseFormInput({ totalEmployees: "5", supportNeedWorkers: "7", salesRevenuePct: "95" }),
    );
    expect(result).toMatchObject({ ok: false, status: 400, message: "invalidInput" });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      supportNeedWorkers: ["wsnExceedsTotal"],
      revenueMix: ["revenueOver100"],
    });
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("returns every field error and every broken rule at once, for a new WISE and an edit", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const wise = await makeProfiledWise({ name: "Atelier", countryCode: "RO" });
    const before = await wiseRowCounts();
    const everythingWrong = wiseFormInput({
      name: " ",
      yearFounded: String(new Date().getFullYear() + 1),
      website: "not a site",
      totalEmployees: "4",
      supportNeedWorkers: "6",
      supportNeed_HOMELESS: "7",
      salesRevenuePct: "70",
      donationsRevenuePct: "40",
    });
    const expected = {
      name: ["required"],
      yearFounded: ["yearOutOfRange"],
      website: ["invalidWebsite"],
      supportNeedWorkers: ["wsnExceedsTotal"],
      supportNeedCategories: ["categoriesExceedWsn"],
      revenueMix: ["revenueOver100"],
    };
    const created = await createWise(facilitator, everythingWrong);
    expect(created).toMatchObject({ ok: false, status: 400 });
    expect(created.ok ? {} : created.fieldErrors).toEqual(expected);
    const updated = await updateWise(facilitator, { wiseId: wise.id, ...everythingWrong });
    expect(updated).toMatchObject({ ok: false, status: 400 });
    expect(updated.ok ? {} : updated.fieldErrors).toEqual(expected);
    expect(await wiseRowCounts()).toEqual(before);
    expect((await db.wise.findUniqueOrThrow({ where: { id: wise.id } })).name).toBe("Atelier");
  });

  it("refuses a second WISE with the same name in the same country, whatever its case", async () => {
    const facilitator = await makeActor("FACILITATOR");
    await makeProfiledWise({ name: "Atelier Verde", countryCode: "RO" });
    const before = await wiseRowCounts();
    const result = await createWise(
      facilitator,
      wiseFormInput({ name: "ATELIER verde", countryCode: "RO" }),
    );
    expect(result).toMatchObject({ ok: false, status: 409, fieldErrors: { name: ["wiseExists"] } });
    expect(await wiseRowCounts()).toEqual(before);
    expect(
      (await createWise(facilitator, wiseFormInput({ name: "Atelier Verde", countryCode: "BE" })))
        .ok,
    ).toBe(true);
  });

  it("refuses renaming a WISE to another's name, and leaves it unchanged", async () => {
    const admin = await makeActor("ADMIN");
    await makeProfiledWise({ name: "Taken" });
    const wise = await makeProfiledWise({ name: "Mine", supportNeedCounts: [] });
    const before = await wiseRowCounts();
    const result = await updateWise(admin, {
      wiseId: wise.id,
      ...wiseFormInput({ name: "taken" }),
    });
    expect(result).toMatchObject({ ok: false, status: 409 });
    expect((await db.wise.findUniqueOrThrow({ where: { id: wise.id } })).name).toBe("Mine");
    expect(await wiseRowCounts()).toEqual(before);
  });

  it("refuses an edit with invalid counts without touching the stored ones", async () => {
    const admin = await makeActor("ADMIN");
    const wise = await makeProfiledWise({
      supportNeedWorkers: 6,
      totalEmployees: 10,
      supportNeedCounts: [{ category: "NEETS", count: 6 }],
    });
    const result = await updateWise(admin, {
      wiseId: wise.id,
      ...wiseFormInput({ supportNeed_NEETS: "9" }),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { supportNeedCategories: ["categoriesExceedWsn"] },
    });
    expect(
      await db.wiseSupportNeedCount.findMany({
        where: { wiseId: wise.id },
        select: { count: true },
      }),
    ).toEqual([{ count: 6 }]);
  });

  it("says when the WISE to edit does not exist", async () => {
    const admin = await makeActor("ADMIN");
    const result = await updateWise(admin, { wiseId: "no-such-wise", ...wiseFormInput() });
    expect(result).toMatchObject({ ok: false, status: 404, message: "wiseMissing" });
  });
});

describe("reading WISEs, by role and country", () => {
  it("lets a partner list and read only their country's WISEs", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const ro = await makeProfiledWise({ name: "Romanian", countryCode: "RO" });
    const be = await makeProfiledWise({ name: "Belgian", countryCode: "BE" });
    const list = await listWises(partner, {});
    expect(list.items.map((item) => item.name)).toEqual(["Romanian"]);
    expect(list.total).toBe(1);
    expect((await getWiseProfile(partner, ro.id))?.name).toBe("Romanian");
    await expect(getWiseProfile(partner, be.id)).rejects.toBeInstanceOf(ForbiddenError);
    // Asking for the other country in the filter does not widen the scope.
    expect((await listWises(partner, { country: "BE" })).items).toEqual([]);
  });

  it("lets admins and facilitators list every country", async () => {
    await makeProfiledWise({ name: "Romanian", countryCode: "RO" });
    await makeProfiledWise({ name: "Belgian", countryCode: "BE" });
    for (const role of ["ADMIN", "FACILITATOR"] as const) {
      const actor = await makeActor(role);
      expect((await listWises(actor, {})).items.map((item) => item.name)).toEqual([
        "Belgian",
        "Romanian",
      ]);
    }
  });

  it("refuses the list and the pages to participants", async () => {
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    const wise = await makeProfiledWise({ countryCode: "RO" });
    await expect(listWises(participant, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getWiseProfile(participant, wise.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows counts of 1 to 4 per category as 'fewer than 5' outside the WISE's country", async () => {
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const foreign = await makeActor("FACILITATOR", { countryCode: "BE" });
    const facilitator = await makeActor("FACILITATOR");
    const wise = await makeProfiledWise({
      supportNeedWorkers: 12,
      totalEmployees: 30,
      supportNeedCounts: [
        { category: "HOMELESS", count: 3 },
        { category: "NEETS", count: 7 },
      ],
    });
    const profile = await getWiseProfile(foreign, wise.id);
    expect(profile?.supportNeeds).toEqual([
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
      { category: "NEETS", count: { kind: "count", value: 7 } },
    ]);
    expect(JSON.stringify(profile)).not.toMatch(/"value":3\b/);
    expect((await getWiseProfile(partner, wise.id))?.supportNeeds[0]).toEqual({
      category: "HOMELESS",
      count: { kind: "count", value: 3 },
    });
    expect((await getWiseForEdit(facilitator, wise.id))?.supportNeedCounts).toEqual([
      { category: "HOMELESS", count: 3 },
      { category: "NEETS", count: 7 },
    ]);
    await expect(getWiseForEdit(partner, wise.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
