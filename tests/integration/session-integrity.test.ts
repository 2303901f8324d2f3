import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeReview } from "@/lib/reviews/mutations";
import { getSessionReview } from "@/lib/reviews/queries";
import { addAgendaItem } from "@/lib/sessions/agenda-mutations";
import { changeSessionStatus, updateSession } from "@/lib/sessions/mutations";
import { makeSession, makeWise } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** The edit form's fields for a session as it is, with some changed. */
async function editForm(sessionId: string, changes: { countryCode?: string; title?: string }) {
  const session = await db.focusGroupSession.findUniqueOrThrow({ where: { id: sessionId } });
  return {
    sessionId,
    title: changes.title ?? session.title,
    startsAt: "2026-05-12T09:30",
    countryCode: changes.countryCode ?? session.countryCode,
    gridId: session.gridId,
  };
}

describe("a session's country and agenda", () => {
  beforeEach(resetDatabase);

  it("the country may change while the session is a draft, and is fixed once it opened", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session: draft } = await makeSession({ facilitatorId: lead.id, status: "DRAFT" });
    const moved = await updateSession(lead, await editForm(draft.id, { countryCode: "BE" }));
    expect(moved.ok).toBe(true);
    expect(
      (await db.focusGroupSession.findUniqueOrThrow({ where: { id: draft.id } })).countryCode,
    ).toBe("BE");

    for (const status of ["OPEN", "CLOSED"] as const) {
      const { session } = await makeSession({ facilitatorId: lead.id, status });
      const refused = await updateSession(
        lead,
        await editForm(session.id, { countryCode: "BE", title: "Renamed" }),
      );
      expect(refused).toMatchObject({
        ok: false,
        status: 409,
        fieldErrors: { countryCode: ["countryLocked"] },
      });
      // Nothing written: neither the country nor the other fields of the refused form.
      expect(
        await db.focusGroupSession.findUniqueOrThrow({ where: { id: session.id } }),
      ).toMatchObject({
        countryCode: "RO",
        title: session.title,
      });
      // Other details still change while the country stays.
      expect((await updateSession(lead, await editForm(session.id, { title: "Renamed" }))).ok).toBe(
        true,
      );
    }
  });

  it("the agenda refuses a WISE of another country, whatever client sends it", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session } = await makeSession({
      facilitatorId: lead.id,
      status: "DRAFT",
      wiseCount: 0,
    });
    const belgian = await makeWise({ countryCode: "BE" });
    const romanian = await makeWise({ countryCode: "RO" });
    expect(await addAgendaItem(lead, { sessionId: session.id, wiseId: belgian.id })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { wiseId: ["wiseOfOtherCountry"] },
    });
    expect(await db.agendaItem.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await addAgendaItem(lead, { sessionId: session.id, wiseId: romanian.id })).ok).toBe(
      true,
    );
  });
});

describe("an approval applies to the session as it was approved", () => {
  beforeEach(resetDatabase);

  async function approvedSession() {
    const lead = await makeActor("FACILITATOR");
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    const { session } = await makeSession({ facilitatorId: lead.id, status: "OPEN", wiseCount: 2 });
    expect((await changeSessionStatus(lead, { sessionId: session.id, to: "CLOSED" })).ok).toBe(
      true,
    );
    expect((await writeReview(partner, { sessionId: session.id, step: "APPROVED" })).ok).toBe(true);
    return { lead, partner, sessionId: session.id };
  }

  it("records the approver's country", async () => {
    const { sessionId } = await approvedSession();
    const approval = await db.sessionReview.findFirstOrThrow({ where: { sessionId } });
    expect(approval.approverCountryCode).toBe("RO");
  });

  it("is void once the agenda changed afterwards: publishing is refused and the page says why", async () => {
    const { lead, partner, sessionId } = await approvedSession();
    // A change the commands no longer allow on a closed session, as a re-imported bundle or a
    // repair in the database makes it.
    const extra = await makeWise({ countryCode: "RO" });
    await db.agendaItem.create({ data: { sessionId, wiseId: extra.id, position: 3 } });
    expect(await changeSessionStatus(lead, { sessionId, to: "PUBLISHED" })).toMatchObject({
      ok: false,
      status: 409,
      message: "approvalRequired",
    });
    expect((await getSessionReview(partner, sessionId))?.approval).toBe("VOID");
    // A new approval of the session as it is now counts.
    expect((await writeReview(partner, { sessionId, step: "APPROVED" })).ok).toBe(true);
    expect((await changeSessionStatus(lead, { sessionId, to: "PUBLISHED" })).ok).toBe(true);
  });

  it("is void once the country changed afterwards", async () => {
    const { lead, sessionId } = await approvedSession();
    await db.focusGroupSession.update({ where: { id: sessionId }, data: { countryCode: "BE" } });
    expect(await changeSessionStatus(lead, { sessionId, to: "PUBLISHED" })).toMatchObject({
      ok: false,
      message: "approvalRequired",
    });
  });
});
