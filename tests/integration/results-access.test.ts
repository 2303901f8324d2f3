import { beforeEach, describe, expect, it } from "vitest";
import { type Actor, can, ForbiddenError } from "@/lib/auth/permissions";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { getEuropeanView, getResultsDashboard, getSessionResults } from "@/lib/results/queries";
import { getSessionAccess } from "@/lib/sessions/access";
import { scoreAs } from "../factories/results";
import { addMember, makeGrid, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** A Romanian and a Belgian session, both closed and scored, each led by its own facilitator. */
async function twoCountries() {
  const grid = await makeGrid();
  const [criterion] = grid.categories[0].criteria;
  const roLead = await makeActor("FACILITATOR", { countryCode: "RO" });
  const beLead = await makeActor("FACILITATOR", { countryCode: "BE" });
  const ro = await makeSession({ facilitatorId: roLead.id, gridId: grid.id, status: "CLOSED" });
  const be = await makeSession({
    facilitatorId: beLead.id,
    gridId: grid.id,
    status: "CLOSED",
    countryCode: "BE",
  });
  await scoreAs(ro.agendaItems[0].id, roLead.id, { [criterion.id]: ["LEVEL", 4] });
  await scoreAs(be.agendaItems[0].id, beLead.id, { [criterion.id]: ["LEVEL", 2] });
  const partnerRo = await makeActor("PARTNER", { countryCode: "RO" });
  return { grid, roLead, beLead, ro: ro.session, be: be.session, partnerRo };
}

const sessionIds = (dashboard: Awaited<ReturnType<typeof getResultsDashboard>>) =>
  dashboard.sessions.map((session) => session.id).sort();

describe("who reads which results", () => {
  beforeEach(resetDatabase);

  it("a Romanian partner reads a Romanian session's results but not a Belgian one's", async () => {
    const { ro, be, partnerRo } = await twoCountries();
    expect((await getSessionResults(partnerRo, ro.id))?.session.id).toBe(ro.id);
    await expect(getSessionResults(partnerRo, be.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getSessionResults(partnerRo, "no-such-session")).toBeNull();
  });

  it("a Romanian partner's dashboard holds Romania only, in lists, benchmarks and choices", async () => {
    const { ro, partnerRo } = await twoCountries();
    // Asking for Belgium by the query string changes nothing: the scope is applied first.
    for (const filter of [{}, { country: "BE" }]) {
      const dashboard = await getResultsDashboard(partnerRo, filter);
      expect(dashboard.sessions.every((s) => s.countryCode === "RO")).toBe(true);
      expect(dashboard.wises.rows.every((row) => row.session.countryCode === "RO")).toBe(true);
      expect(dashboard.benchmarks.byCountry.map((b) => b.country)).not.toContain("BE");
      expect(dashboard.choices.countries).not.toContain("BE");
    }
    expect(sessionIds(await getResultsDashboard(partnerRo, {}))).toEqual([ro.id]);
    await expect(getEuropeanView(partnerRo)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a facilitator sees the sessions they lead or co-lead, not their colleagues' others", async () => {
    const { ro, be, roLead, beLead, grid } = await twoCountries();
    await addMember(be.id, roLead.id, "CO_FACILITATOR");
    const other = await makeSession({
      facilitatorId: beLead.id,
      gridId: grid.id,
      status: "CLOSED",
    });
    expect(sessionIds(await getResultsDashboard(roLead, {}))).toEqual([ro.id, be.id].sort());
    await expect(getSessionResults(roLead, other.session.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("an administrator sees every country, one at a time with the country filter", async () => {
    const { ro, be } = await twoCountries();
    const admin = await makeActor("ADMIN");
    expect(sessionIds(await getResultsDashboard(admin, {}))).toEqual([ro.id, be.id].sort());
    expect(sessionIds(await getResultsDashboard(admin, { country: "BE" }))).toEqual([be.id]);
    const europe = await getEuropeanView(admin);
    expect(europe.countries.map((c) => c.country)).toEqual(["BE", "RO"]);
  });

  it("participants have no dashboard", async () => {
    const participant = await makeActor("PARTICIPANT", { countryCode: "RO" });
    await expect(getResultsDashboard(participant, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists exactly the sessions whose results the actor may read, in every status", async () => {
    const grid = await makeGrid();
    const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
    const statuses: SessionStatus[] = ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"];
    for (const status of statuses) {
      for (const countryCode of ["RO", "BE"]) {
        await makeSession({ facilitatorId: lead.id, gridId: grid.id, status, countryCode });
      }
    }
    const actors: Actor[] = [
      lead,
      await makeActor("FACILITATOR", { countryCode: "RO" }),
      await makeActor("PARTNER", { countryCode: "RO" }),
      await makeActor("PARTNER", { countryCode: "BE" }),
      await makeActor("ADMIN"),
    ];
    const dashboard = await getResultsDashboard(await makeActor("ADMIN"), {});
    const all = dashboard.sessions.map((s) => s.id);
    expect(all).toHaveLength(6); // drafts are not results yet
    for (const actor of actors) {
      const listed = sessionIds(await getResultsDashboard(actor, {}));
      const readable: string[] = [];
      for (const session of await allSessions()) {
        const access = await getSessionAccess(actor, session);
        if (access && can(actor, "results.read", access)) readable.push(session);
      }
      expect(listed, actor.role).toEqual(readable.sort());
    }
  });
});

async function allSessions() {
  const { db } = await import("@/lib/db");
  return (await db.focusGroupSession.findMany({ select: { id: true } })).map((s) => s.id);
}
