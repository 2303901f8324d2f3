import { beforeEach, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/queries";
import { AuditFilterSchema } from "@/lib/audit/schemas";
import { type Actor, ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createWise, updateWise } from "@/lib/wises/mutations";
import { makeActor } from "../factories/users";
import { wiseFormInput } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

const TIME_ZONE = "Europe/Bucharest";

async function registerWise(actor: Actor, name: string, countryCode: string) {
  const result = await createWise(actor, wiseFormInput({ name, countryCode }));
  if (!result.ok) throw new Error(result.message);
  return result.data.wiseId;
}

async function read(actor: Actor, query: Record<string, string> = {}) {
  const list = await listAuditEntries(actor, AuditFilterSchema.parse(query), TIME_ZONE);
  return { ...list, labels: list.entries.map((entry) => entry.targetLabel) };
}

/** Two facilitators' work in Romania and Belgium, on three different days. */
async function trail() {
  const ana = await makeActor("FACILITATOR", { countryCode: "RO" });
  await db.user.update({ where: { id: ana.id }, data: { name: "Ana Pop" } });
  const jan = await makeActor("FACILITATOR", { countryCode: "BE" });
  await db.user.update({ where: { id: jan.id }, data: { name: "Jan Peeters" } });
  const verde = await registerWise(ana, "Atelier Verde", "RO");
  const brood = await registerWise(jan, "Bakkerij Brood", "BE");
  const rosu = await registerWise(ana, "Atelier Roșu", "RO");
  await updateWise(ana, { wiseId: verde, ...wiseFormInput({ name: "Atelier Verde Cluj" }) });
  // 22:30 UTC on 1 March is already 2 March in Bucharest.
  const when: Record<string, string> = {
    [verde]: "2026-03-01T22:30:00Z",
    [brood]: "2026-03-01T12:00:00Z",
    [rosu]: "2026-03-05T09:00:00Z",
  };
  for (const [targetId, at] of Object.entries(when)) {
    await db.auditEvent.updateMany({
      where: { targetId, action: "wise.create" },
      data: { createdAt: new Date(at) },
    });
  }
  return { ana, jan, verde, brood, rosu };
}

describe("reading the audit trail", () => {
  beforeEach(resetDatabase);

  it("an admin reads every entry, newest first, with a count of all", async () => {
    await trail();
    const admin = await makeActor("ADMIN");
    const { labels, total, entries } = await read(admin);
    expect(total).toBe(4);
    // Each entry keeps the name the object had when it was written.
    expect(labels).toEqual([
      "Atelier Verde Cluj", // the update, written now
      "Atelier Roșu",
      "Atelier Verde",
      "Bakkerij Brood",
    ]);
    expect(entries.map((entry) => entry.action)).toEqual([
      "wise.update",
      "wise.create",
      "wise.create",
      "wise.create",
    ]);
  });

  it("a partner of Romania reads Romania's entries and never Belgium's", async () => {
    const { brood } = await trail();
    const partnerRo = await makeActor("PARTNER", { countryCode: "RO" });
    const seen = await read(partnerRo);
    expect(seen.total).toBe(3);
    expect(seen.entries.every((entry) => entry.countryCode === "RO")).toBe(true);
    // Not even when asking for the Belgian object by its id.
    expect((await read(partnerRo, { object: brood })).total).toBe(0);
    const partnerBe = await makeActor("PARTNER", { countryCode: "BE" });
    expect((await read(partnerBe)).labels).toEqual(["Bakkerij Brood"]);
  });

  it("participants, facilitators and a partner without a country are refused", async () => {
    await trail();
    for (const actor of [
      await makeActor("PARTICIPANT", { countryCode: "RO" }),
      await makeActor("FACILITATOR", { countryCode: "RO" }),
      await makeActor("PARTNER"),
    ]) {
      await expect(read(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("filters by person, by object name or id, by kind of object and by day", async () => {
    const { verde } = await trail();
    const admin = await makeActor("ADMIN");
    expect((await read(admin, { person: "jan" })).labels).toEqual(["Bakkerij Brood"]);
    expect((await read(admin, { person: "ana pop" })).total).toBe(3);
    expect((await read(admin, { object: "roșu" })).labels).toEqual(["Atelier Roșu"]);
    expect((await read(admin, { object: verde })).total).toBe(2);
    // Found by the name it had then or the name it has now.
    expect((await read(admin, { object: "atelier verde" })).total).toBe(2);
    expect((await read(admin, { object: "verde cluj" })).total).toBe(1);
    expect((await read(admin, { type: "Wise" })).total).toBe(4);
    expect((await read(admin, { type: "User" })).total).toBe(0);
    // Days are the reader's: 22:30 UTC on 1 March belongs to 2 March in Bucharest.
    expect((await read(admin, { from: "2026-03-02", to: "2026-03-02" })).entries).toMatchObject([
      { targetId: verde, action: "wise.create" },
    ]);
    expect((await read(admin, { from: "2026-03-01", to: "2026-03-01" })).labels).toEqual([
      "Bakkerij Brood",
    ]);
    expect((await read(admin, { from: "2026-03-01", to: "2026-03-05" })).total).toBe(3);
    expect((await read(admin, { person: "ana", to: "2026-03-04" })).labels).toEqual([
      "Atelier Verde",
    ]);
  });

  it("ignores filter values it cannot read rather than failing", async () => {
    await trail();
    const admin = await makeActor("ADMIN");
    expect((await read(admin, { type: "Nonsense", from: "yesterday", page: "-3" })).total).toBe(4);
  });
});
