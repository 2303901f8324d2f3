import { beforeEach, describe, expect, it } from "vitest";
import { decideClassification, proposeModel } from "@/lib/classification/mutations";
import { getClassificationView } from "@/lib/classification/queries";
import { db } from "@/lib/db";
import {
  addSessionMember,
  removeSessionMember,
  setMemberCanScore,
} from "@/lib/sessions/member-mutations";
import { addSessionNote } from "@/lib/sessions/note-mutations";
import { listSessionNotes } from "@/lib/sessions/queries";
import { addMember, makeSession } from "../factories/sessions";
import { makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("people in a session", () => {
  beforeEach(resetDatabase);

  it("adds an existing participant, then invites them to score", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: lead.id });
    const participant = await makeUser("PARTICIPANT", { email: "maria@test.example" });
    const added = await addSessionMember(lead, {
      sessionId: session.id,
      email: "Maria@Test.example",
      role: "PARTICIPANT",
    });
    expect(added).toMatchObject({
      ok: true,
      data: { userId: participant.id, invitationToken: null },
    });
    await setMemberCanScore(lead, {
      sessionId: session.id,
      userId: participant.id,
      canScore: "true",
    });
    expect(
      await db.sessionMember.findFirstOrThrow({ where: { userId: participant.id } }),
    ).toMatchObject({
      role: "PARTICIPANT",
      canScore: true,
    });
  });

  it("invites someone new as a participant account with a one-time link", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: lead.id, countryCode: "RO" });
    const before = await db.user.count();
    const missingName = await addSessionMember(lead, {
      sessionId: session.id,
      email: "new@test.example",
      role: "PARTICIPANT",
    });
    expect(missingName).toMatchObject({
      ok: false,
      fieldErrors: { name: ["nameRequiredForNewAccount"] },
    });
    expect(await db.user.count()).toBe(before);

    const invited = await addSessionMember(lead, {
      sessionId: session.id,
      email: "new@test.example",
      name: "Ion Nou",
      role: "PARTICIPANT",
      canScore: "on",
    });
    if (!invited.ok) throw new Error(JSON.stringify(invited));
    expect(invited.data.invitationToken).toMatch(/^[\w-]{40,}$/);
    const user = await db.user.findUniqueOrThrow({
      where: { email: "new@test.example" },
      include: { sessionMemberships: true },
    });
    expect(user).toMatchObject({ role: "PARTICIPANT", countryCode: "RO", passwordHash: null });
    expect(user.sessionMemberships).toMatchObject([{ sessionId: session.id, canScore: true }]);
  });

  it("refuses a co-facilitator who is not a facilitator, a duplicate, and the lead themselves", async () => {
    const lead = await makeUser("FACILITATOR", { email: "lead@test.example" });
    const { session } = await makeSession({ facilitatorId: lead.id });
    const actor = { id: lead.id, role: lead.role, countryCode: null, organisationId: null };
    await makeUser("PARTICIPANT", { email: "p@test.example" });
    expect(
      await addSessionMember(actor, {
        sessionId: session.id,
        email: "p@test.example",
        role: "CO_FACILITATOR",
      }),
    ).toMatchObject({
      fieldErrors: { role: ["cannotCoFacilitate"] },
    });
    expect(
      await addSessionMember(actor, {
        sessionId: session.id,
        email: "lead@test.example",
        role: "PARTICIPANT",
      }),
    ).toMatchObject({
      fieldErrors: { email: ["alreadyLeads"] },
    });
    await addSessionMember(actor, {
      sessionId: session.id,
      email: "p@test.example",
      role: "PARTICIPANT",
    });
    expect(
      await addSessionMember(actor, {
        sessionId: session.id,
        email: "p@test.example",
        role: "PARTICIPANT",
      }),
    ).toMatchObject({
      status: 409,
      fieldErrors: { email: ["alreadyMember"] },
    });
    expect(await db.sessionMember.count()).toBe(1);
  });

  it("a participant cannot add or remove people", async () => {
    const lead = await makeActor("FACILITATOR");
    const participant = await makeActor("PARTICIPANT");
    const { session } = await makeSession({ facilitatorId: lead.id });
    await addMember(session.id, participant.id, "PARTICIPANT", true);
    expect(
      await addSessionMember(participant, {
        sessionId: session.id,
        email: "x@test.example",
        name: "X",
        role: "PARTICIPANT",
      }),
    ).toMatchObject({ status: 403 });
    expect(
      await removeSessionMember(participant, { sessionId: session.id, userId: participant.id }),
    ).toMatchObject({ status: 403 });
    expect(await db.sessionMember.count()).toBe(1);
  });
});

describe("session notes", () => {
  beforeEach(resetDatabase);

  it("keeps private notes from participants and refuses an agenda item of another session", async () => {
    const lead = await makeActor("FACILITATOR");
    const participant = await makeActor("PARTICIPANT");
    const { session } = await makeSession({ facilitatorId: lead.id });
    const other = await makeSession({ facilitatorId: lead.id });
    await addMember(session.id, participant.id, "PARTICIPANT");
    await addSessionNote(lead, {
      sessionId: session.id,
      subject: "theme:DIGITAL_SKILLS_WORKERS",
      body: "Tablets help.",
      isPublic: "on",
    });
    await addSessionNote(lead, {
      sessionId: session.id,
      subject: "GENERAL",
      body: "Internal remark.",
    });
    expect(
      await addSessionNote(lead, {
        sessionId: session.id,
        subject: `item:${other.agendaItems[0].id}`,
        body: "Wrong session",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { subject: ["agendaItemNotFound"] } });
    expect((await listSessionNotes(lead, session.id)).map((note) => note.body)).toEqual([
      "Tablets help.",
      "Internal remark.",
    ]);
    expect((await listSessionNotes(participant, session.id)).map((note) => note.body)).toEqual([
      "Tablets help.",
    ]);
  });
});

describe("classification", () => {
  beforeEach(resetDatabase);

  const RATIONALE = "Most income comes from sales to private clients.";

  it("keeps both the suggested and the agreed model, with who decided", async () => {
    const lead = await makeActor("FACILITATOR");
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id });
    await db.wise.update({
      where: {
        id: (await db.agendaItem.findUniqueOrThrow({ where: { id: agendaItems[0].id } })).wiseId,
      },
      data: { placementWeight: 90, trainingWeight: 10, integrationMode: "TRANSITIONAL" },
    });
    const decided = await decideClassification(lead, {
      sessionId: session.id,
      agendaItemId: agendaItems[0].id,
      agreedModel: "VOCATIONAL_TRAINING",
      rationale: RATIONALE,
    });
    expect(decided).toMatchObject({
      ok: true,
      data: { suggestedModel: "PLACEMENT", agreedModel: "VOCATIONAL_TRAINING" },
    });
    const stored = await db.classification.findUniqueOrThrow({
      where: { agendaItemId: agendaItems[0].id },
    });
    expect(stored).toMatchObject({
      suggestedModel: "PLACEMENT",
      agreedModel: "VOCATIONAL_TRAINING",
      rationale: RATIONALE,
      decidedById: lead.id,
    });
  });

  it("needs a rationale and an open or closed session, and the facilitator's role", async () => {
    const lead = await makeActor("FACILITATOR");
    const draft = await makeSession({ facilitatorId: lead.id, status: "DRAFT" });
    const open = await makeSession({ facilitatorId: lead.id, status: "OPEN" });
    const input = {
      agendaItemId: open.agendaItems[0].id,
      agreedModel: "PRODUCTIVE",
      rationale: RATIONALE,
    };
    expect(await decideClassification(lead, { ...input, rationale: " " })).toMatchObject({
      fieldErrors: { rationale: ["rationaleRequired"] },
    });
    expect(await decideClassification(lead, { ...input, agreedModel: "FRANCHISE" })).toMatchObject({
      fieldErrors: { agreedModel: ["chooseModel"] },
    });
    expect(
      await decideClassification(lead, { ...input, agendaItemId: draft.agendaItems[0].id }),
    ).toMatchObject({ status: 403 });
    expect(await decideClassification(await makeActor("FACILITATOR"), input)).toMatchObject({
      status: 403,
    });
    expect(await db.classification.count()).toBe(0);
  });

  it("a participant invited to score proposes a model; one who does not score cannot", async () => {
    const lead = await makeActor("FACILITATOR");
    const scorer = await makeActor("PARTICIPANT");
    const listener = await makeActor("PARTICIPANT");
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id });
    await addMember(session.id, scorer.id, "PARTICIPANT", true);
    await addMember(session.id, listener.id, "PARTICIPANT", false);
    const proposal = {
      agendaItemId: agendaItems[0].id,
      model: "ONE_STOP_SHOP",
      comment: "They do everything",
    };
    expect((await proposeModel(scorer, proposal)).ok).toBe(true);
    expect(await proposeModel(listener, proposal)).toMatchObject({ status: 403 });
    const view = await getClassificationView(lead, agendaItems[0].id);
    expect(view?.proposals).toMatchObject([
      { model: "ONE_STOP_SHOP", comment: "They do everything", user: { id: scorer.id } },
    ]);
  });
});
