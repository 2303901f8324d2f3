import Papa from "papaparse";
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getSessionBundle } from "@/lib/bundles/queries";
import { db } from "@/lib/db";
import type { SupportNeedCategory } from "@/lib/generated/prisma/enums";
import { getSessionSummary } from "@/lib/summaries/queries";
import { buildWiseExport } from "@/lib/wises/export";
import { EXPORT_HEADERS, exportTable } from "@/lib/wises/export-rows";
import { updateWise } from "@/lib/wises/mutations";
import { getWiseForEdit, getWiseProfile, listWisesForExport } from "@/lib/wises/queries";
import { addMember, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { makeProfiledWise, wiseFormInput } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

/**
 * 10 workers with support needs: 3 homeless and 7 NEETs. Shown as "homeless: fewer than 5,
 * NEETs: 7" anyone could subtract 10 - 7 = 3, so the 7 must be withheld too.
 */
const REVEALING = {
  countryCode: "RO",
  totalEmployees: 20,
  supportNeedWorkers: 10,
  supportNeedCounts: [
    { category: "HOMELESS", count: 3 },
    { category: "NEETS", count: 7 },
  ] as { category: SupportNeedCategory; count: number }[],
};
const SUPPRESSED = [
  { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
  { category: "NEETS", count: { kind: "withheld" } },
];
const EXACT = [
  { category: "HOMELESS", count: { kind: "count", value: 3 } },
  { category: "NEETS", count: { kind: "count", value: 7 } },
];

describe("worker data on a WISE's page and in the registry file", () => {
  it("shows exact counts only to admins and the WISE's own country's facilitators and partners", async () => {
    const wise = await makeProfiledWise(REVEALING);
    const readers = {
      admin: await makeActor("ADMIN"),
      roFacilitator: await makeActor("FACILITATOR", { countryCode: "RO" }),
      roPartner: await makeActor("PARTNER", { countryCode: "RO" }),
      beFacilitator: await makeActor("FACILITATOR", { countryCode: "BE" }),
    };
    for (const reader of [readers.admin, readers.roFacilitator, readers.roPartner]) {
      expect((await getWiseProfile(reader, wise.id))?.supportNeeds).toEqual(EXACT);
    }
    const suppressed = await getWiseProfile(readers.beFacilitator, wise.id);
    expect(suppressed?.supportNeeds).toEqual(SUPPRESSED);
    expect(JSON.stringify(suppressed)).not.toMatch(/"value":(3|7)\b/);
  });

  it("writes the registry list's file through the same rule for a reader from another country", async () => {
    await makeProfiledWise({ ...REVEALING, name: "Atelier Revealing" });
    const beFacilitator = await makeActor("FACILITATOR", { countryCode: "BE" });
    const [row] = await listWisesForExport(beFacilitator, {});
    expect(row?.supportNeeds).toEqual(SUPPRESSED);

    const file = await buildWiseExport(beFacilitator, new URLSearchParams({ format: "csv" }));
    const [headers, values] = Papa.parse<string[]>(String(file.body).slice(1), {
      skipEmptyLines: true,
    }).data;
    // Headed in the reader's language, in the order of the import's column codes.
    expect(headers).toEqual((await exportTable([], "en")).headers);
    const cell = (header: string) => values?.[EXPORT_HEADERS.indexOf(header)];
    expect(cell("wsn_homeless")).toBe("<5");
    expect(cell("wsn_neets")).toBe("withheld");

    const roPartner = await makeActor("PARTNER", { countryCode: "RO" });
    expect((await listWisesForExport(roPartner, {}))[0]?.supportNeeds).toEqual(EXACT);
  });
});

describe("worker data in what leaves the country: bundles and summaries", () => {
  async function sessionWith(status: "CLOSED" | "PUBLISHED", profile = REVEALING) {
    const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
    const { session } = await makeSession({ facilitatorId: lead.id, status, wiseCount: 0 });
    const wise = await makeProfiledWise(profile);
    await db.agendaItem.create({ data: { sessionId: session.id, wiseId: wise.id, position: 1 } });
    return { lead, sessionId: session.id };
  }

  it("a bundle carries the suppressed figures, even when its own facilitator exports it", async () => {
    const { lead, sessionId } = await sessionWith("CLOSED");
    const bundle = await getSessionBundle(lead, sessionId);
    expect(bundle?.wises[0]?.supportNeedCounts).toEqual([
      { category: "HOMELESS", fewerThan: 5 },
      { category: "NEETS", withheld: true },
    ]);
  });

  it("a Belgian partner reading a Romanian session's summary sees the suppressed figures", async () => {
    const { sessionId } = await sessionWith("PUBLISHED");
    const bePartner = await makeActor("PARTNER", { countryCode: "BE" });
    await addMember(sessionId, bePartner.id, "PARTICIPANT");
    const summary = await getSessionSummary(bePartner, sessionId);
    expect(summary?.supportNeeds).toEqual(SUPPRESSED);
  });

  it("a summary hides two small groups whose sum would give both away (10 - 8 = 1 + 1)", async () => {
    const { lead, sessionId } = await sessionWith("PUBLISHED", {
      ...REVEALING,
      supportNeedCounts: [
        { category: "HOMELESS", count: 1 },
        { category: "EX_OFFENDERS", count: 1 },
        { category: "NEETS", count: 8 },
      ],
    });
    expect((await getSessionSummary(lead, sessionId))?.supportNeeds).toEqual([
      { category: "EX_OFFENDERS", count: { kind: "fewerThan", limit: 5 } },
      { category: "HOMELESS", count: { kind: "fewerThan", limit: 5 } },
      { category: "NEETS", count: { kind: "withheld" } },
    ]);
  });
});

describe("editing a WISE is scoped by country", () => {
  it("a Romanian facilitator cannot edit a Belgian WISE; one without a country can", async () => {
    const belgian = await makeProfiledWise({ name: "Belgian Before", countryCode: "BE" });
    const romanian = await makeActor("FACILITATOR", { countryCode: "RO" });
    const refused = await updateWise(romanian, {
      wiseId: belgian.id,
      ...wiseFormInput({ name: "Belgian After", countryCode: "BE" }),
    });
    expect(refused).toMatchObject({ ok: false, status: 403, message: "forbidden" });
    expect((await db.wise.findUniqueOrThrow({ where: { id: belgian.id } })).name).toBe(
      "Belgian Before",
    );
    await expect(getWiseForEdit(romanian, belgian.id)).rejects.toBeInstanceOf(ForbiddenError);

    // Nor move a Romanian WISE into Belgium.
    const own = await makeProfiledWise({ name: "Romanian", countryCode: "RO" });
    const moved = await updateWise(romanian, {
      wiseId: own.id,
      ...wiseFormInput({ name: "Romanian", countryCode: "BE" }),
    });
    expect(moved).toMatchObject({ ok: false, status: 403 });

    const anywhere = await makeActor("FACILITATOR");
    const allowed = await updateWise(anywhere, {
      wiseId: belgian.id,
      ...wiseFormInput({ name: "Belgian After", countryCode: "BE" }),
    });
    expect(allowed.ok).toBe(true);
  });
});
