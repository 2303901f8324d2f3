import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from "@/lib/sessions/agenda-mutations";
import { changeSessionStatus, createSession } from "@/lib/sessions/mutations";
import { getSessionOverview, listSessions } from "@/lib/sessions/queries";
import { addMember, makeGrid, makeSession, makeWise } from "../factories/sessions";
import { makeActor, makeOrganisation } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function sessionRows() {
  const [sessions, links, changes] = await Promise.all([
    db.focusGroupSession.count(),
    db.sessionOrganisation.count(),
    db.sessionStatusChange.count(),
  ]);
  return { sessions, links, changes };
}

describe("focus-group sessions", () => {
  beforeEach(resetDatabase);

  it("a facilitator creates a session they lead, tied to partner organisations", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const grid = await makeGrid();
    const rise = await makeOrganisation({ name: "RISE Romania", countryCode: "RO" });
    const result = await createSession(facilitator, {
      title: "Bucharest focus group",
      startsAt: "2026-05-12T09:30",
      countryCode: "ro",
      place: "Bucharest",
      gridId: grid.id,
      organisationIds: rise.id,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const session = await db.focusGroupSession.findUniqueOrThrow({
      where: { id: result.data.sessionId },
      include: { organisations: true },
    });
    expect(session).toMatchObject({
      facilitatorId: facilitator.id,
      status: "DRAFT",
      countryCode: "RO",
      online: false,
    });
    expect(session.startsAt.toISOString()).toBe("2026-05-12T06:30:00.000Z");
    expect(session.organisations.map((link) => link.organisationId)).toEqual([rise.id]);
  });

  it("refuses participants and partners, and bad input, writing nothing", async () => {
    const grid = await makeGrid();
    const before = await sessionRows();
    const valid = { title: "T", startsAt: "2026-05-12T09:30", countryCode: "RO", gridId: grid.id };
    for (const role of ["PARTICIPANT", "PARTNER"] as const) {
      expect(await createSession(await makeActor(role), valid)).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    const facilitator = await makeActor("FACILITATOR");
    expect(await createSession(facilitator, { ...valid, startsAt: "12/05/2026" })).toMatchObject({
      ok: false,
      fieldErrors: { startsAt: ["invalidDateTime"] },
    });
    expect(await createSession(facilitator, { ...valid, gridId: "nope" })).toMatchObject({
      ok: false,
      fieldErrors: { gridId: ["gridNotFound"] },
    });
    expect(await createSession(facilitator, { ...valid, countryCode: "ZZ" })).toMatchObject({
      ok: false,
      fieldErrors: { countryCode: ["countryRequired"] },
    });
    expect(
      await createSession(facilitator, { ...valid, organisationIds: ["ghost"] }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { organisationIds: ["organisationNotFound"] },
    });
    expect(await sessionRows()).toEqual(before);
  });

  it("moves DRAFT → OPEN → CLOSED, records who and when, and never skips a step", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: lead.id, status: "DRAFT" });
    expect(await changeSessionStatus(lead, { sessionId: session.id, to: "CLOSED" })).toMatchObject({
      ok: false,
      status: 409,
      message: "statusChangeNotAllowed",
    });
    expect((await changeSessionStatus(lead, { sessionId: session.id, to: "OPEN" })).ok).toBe(true);
    expect((await changeSessionStatus(lead, { sessionId: session.id, to: "CLOSED" })).ok).toBe(
      true,
    );
    const history = await db.sessionStatusChange.findMany({
      where: { sessionId: session.id },
      orderBy: { changedAt: "asc" },
    });
    expect(
      history.map((change) => [change.fromStatus, change.toStatus, change.changedById]),
    ).toEqual([
      ["DRAFT", "OPEN", lead.id],
      ["OPEN", "CLOSED", lead.id],
    ]);
  });

  it("only the session's own facilitator reopens a closed session, and only with a reason", async () => {
    const lead = await makeActor("FACILITATOR");
    const coLead = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
    await addMember(session.id, coLead.id, "CO_FACILITATOR");
    expect(
      await changeSessionStatus(coLead, { sessionId: session.id, to: "OPEN", reason: "typo" }),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await changeSessionStatus(lead, { sessionId: session.id, to: "OPEN" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect(await db.sessionStatusChange.count()).toBe(0);
    const reopened = await changeSessionStatus(lead, {
      sessionId: session.id,
      to: "OPEN",
      reason: "A rater's scores were lost",
    });
    expect(reopened.ok).toBe(true);
    const change = await db.sessionStatusChange.findFirstOrThrow({
      where: { sessionId: session.id },
    });
    expect(change).toMatchObject({
      fromStatus: "CLOSED",
      toStatus: "OPEN",
      reason: "A rater's scores were lost",
    });
  });

  it("another facilitator can neither read nor change a session they are not part of", async () => {
    const lead = await makeActor("FACILITATOR");
    const stranger = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: lead.id, status: "DRAFT" });
    await expect(getSessionOverview(stranger, session.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await changeSessionStatus(stranger, { sessionId: session.id, to: "OPEN" }),
    ).toMatchObject({ status: 403 });
    expect(await listSessions(stranger)).toEqual([]);
  });

  it("a partner sees the sessions of their country and nothing of another", async () => {
    const lead = await makeActor("FACILITATOR");
    const romanian = await makeSession({ facilitatorId: lead.id, countryCode: "RO" });
    const belgian = await makeSession({ facilitatorId: lead.id, countryCode: "BE" });
    const partnerRo = await makeActor("PARTNER", { countryCode: "RO" });
    const listed = await listSessions(partnerRo);
    expect(listed.map((session) => session.id)).toEqual([romanian.session.id]);
    await expect(getSessionOverview(partnerRo, romanian.session.id)).resolves.toBeTruthy();
    await expect(getSessionOverview(partnerRo, belgian.session.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("lists exactly the sessions each person may open", async () => {
    const lead = await makeActor("FACILITATOR");
    const participant = await makeActor("PARTICIPANT");
    const sessions = await Promise.all([
      makeSession({ facilitatorId: lead.id, countryCode: "RO" }),
      makeSession({ facilitatorId: lead.id, countryCode: "BE" }),
      makeSession({ facilitatorId: (await makeActor("FACILITATOR")).id, countryCode: "RO" }),
    ]);
    await addMember(sessions[1].session.id, participant.id, "PARTICIPANT");
    const people = [
      lead,
      participant,
      await makeActor("PARTNER", { countryCode: "RO" }),
      await makeActor("ADMIN"),
    ];
    for (const person of people) {
      const listed = new Set((await listSessions(person)).map((session) => session.id));
      for (const { session } of sessions) {
        const opens = await getSessionOverview(person, session.id).then(
          () => true,
          () => false,
        );
        expect(listed.has(session.id), `${person.role} ${session.countryCode}`).toBe(opens);
      }
    }
  });
});

describe("the agenda", () => {
  beforeEach(resetDatabase);

  it("adds WISEs in order, refuses a duplicate, moves and removes unscored ones", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session } = await makeSession({
      facilitatorId: lead.id,
      status: "DRAFT",
      wiseCount: 0,
    });
    const [a, b] = [await makeWise({ name: "Atelier A" }), await makeWise({ name: "Brutăria B" })];
    expect((await addAgendaItem(lead, { sessionId: session.id, wiseId: a.id })).ok).toBe(true);
    const second = await addAgendaItem(lead, { sessionId: session.id, wiseId: b.id });
    if (!second.ok) throw new Error("not added");
    expect(await addAgendaItem(lead, { sessionId: session.id, wiseId: a.id })).toMatchObject({
      status: 409,
      fieldErrors: { wiseId: ["alreadyOnAgenda"] },
    });
    await moveAgendaItem(lead, {
      sessionId: session.id,
      agendaItemId: second.data.agendaItemId,
      direction: "up",
    });
    const order = await db.agendaItem.findMany({
      where: { sessionId: session.id },
      orderBy: { position: "asc" },
      select: { wiseId: true },
    });
    expect(order.map((item) => item.wiseId)).toEqual([b.id, a.id]);
    expect(
      (
        await removeAgendaItem(lead, {
          sessionId: session.id,
          agendaItemId: second.data.agendaItemId,
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.agendaItem.findMany({
        where: { sessionId: session.id },
        select: { wiseId: true, position: true },
      }),
    ).toEqual([{ wiseId: a.id, position: 1 }]);
  });

  it("keeps a scored WISE on the agenda, and locks the agenda of a closed session", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, status: "OPEN" });
    await db.evaluation.create({ data: { agendaItemId: agendaItems[0].id, raterId: lead.id } });
    expect(
      await removeAgendaItem(lead, { sessionId: session.id, agendaItemId: agendaItems[0].id }),
    ).toMatchObject({
      status: 409,
      message: "agendaItemHasScores",
    });
    const closed = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
    const wise = await makeWise();
    expect(
      await addAgendaItem(lead, { sessionId: closed.session.id, wiseId: wise.id }),
    ).toMatchObject({
      status: 409,
      message: "agendaLocked",
    });
  });
});
