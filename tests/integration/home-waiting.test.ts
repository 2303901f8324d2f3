import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getWaitingCount, getWaitingSections } from "@/lib/home/queries";
import type { WaitingKind } from "@/lib/home/rules";
import { writeReview } from "@/lib/reviews/mutations";
import { getSessionReview } from "@/lib/reviews/queries";
import { changeSessionStatus } from "@/lib/sessions/mutations";
import { createInvitation } from "@/lib/users/mutations";
import { addMember, makeSession, makeWise } from "../factories/sessions";
import { makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** Kind → ids of the items listed, as the home shows them. */
async function lists(actor: Actor) {
  const sections = await getWaitingSections(actor);
  return Object.fromEntries(
    sections.map((section) => [section.kind, section.items.map((item) => item.id)]),
  ) as Partial<Record<WaitingKind, string[]>>;
}

async function people() {
  return {
    lead: await makeActor("FACILITATOR"),
    coLead: await makeActor("FACILITATOR"),
    otherFacilitator: await makeActor("FACILITATOR"),
    partnerRo: await makeActor("PARTNER", { countryCode: "RO" }),
    partnerBe: await makeActor("PARTNER", { countryCode: "BE" }),
    participant: await makeActor("PARTICIPANT"),
    admin: await makeActor("ADMIN"),
  };
}

describe("home: what is waiting for each role", () => {
  beforeEach(resetDatabase);

  it("lists a facilitator's sessions by next step, and a session moves on as its state changes", async () => {
    const { lead, coLead, otherFacilitator, partnerRo } = await people();
    const { session: draft } = await makeSession({ facilitatorId: lead.id, status: "DRAFT" });
    const { session } = await makeSession({ facilitatorId: lead.id, status: "OPEN" });
    await addMember(session.id, coLead.id, "CO_FACILITATOR");
    const { session: notTheirs } = await makeSession({ facilitatorId: otherFacilitator.id });
    const sessionId = session.id;

    expect(await lists(lead)).toEqual({ TO_OPEN: [draft.id], SCORING: [sessionId] });
    expect(await lists(coLead)).toEqual({ SCORING: [sessionId] });
    expect(await lists(otherFacilitator)).toEqual({ SCORING: [notTheirs.id] });
    expect(await getWaitingCount(lead)).toBe(2);

    expect((await changeSessionStatus(lead, { sessionId, to: "CLOSED" })).ok).toBe(true);
    expect(await lists(lead)).toEqual({ TO_OPEN: [draft.id], AWAITING_PARTNER: [sessionId] });
    // Waiting for the partner is someone else's job: listed, not counted.
    expect(await getWaitingCount(lead)).toBe(1);
    expect(await lists(partnerRo)).toEqual({ TO_REVIEW: [sessionId] });
    expect(await getWaitingCount(partnerRo)).toBe(1);

    const ask = { sessionId, step: "CHANGES_REQUESTED" as const, body: "Add the notes." };
    expect((await writeReview(partnerRo, ask)).ok).toBe(true);
    expect((await lists(lead)).CHANGES_REQUESTED).toEqual([sessionId]);
    expect(await lists(partnerRo)).toEqual({ ASKED_TO_CHANGE: [sessionId] });
    expect(await getWaitingCount(partnerRo)).toBe(0);

    expect((await writeReview(partnerRo, { sessionId, step: "APPROVED" })).ok).toBe(true);
    expect((await lists(lead)).READY_TO_PUBLISH).toEqual([sessionId]);
    expect(await lists(partnerRo)).toEqual({});

    // Reopening voids the approval: once closed again it awaits the partner anew.
    const reopen = { sessionId, to: "OPEN" as const, reason: "A rater's scores were missing." };
    expect((await changeSessionStatus(lead, reopen)).ok).toBe(true);
    expect((await lists(lead)).SCORING).toEqual([sessionId]);
    expect((await changeSessionStatus(lead, { sessionId, to: "CLOSED" })).ok).toBe(true);
    expect(await lists(partnerRo)).toEqual({ TO_REVIEW: [sessionId] });

    expect((await writeReview(partnerRo, { sessionId, step: "APPROVED" })).ok).toBe(true);
    expect((await changeSessionStatus(lead, { sessionId, to: "PUBLISHED" })).ok).toBe(true);
    expect(await lists(lead)).toEqual({ TO_OPEN: [draft.id] });
  });

  it("shows a partner only their own country's closed sessions", async () => {
    const { lead, partnerRo, partnerBe } = await people();
    const ro = await makeSession({ facilitatorId: lead.id, status: "CLOSED", countryCode: "RO" });
    const be = await makeSession({ facilitatorId: lead.id, status: "CLOSED", countryCode: "BE" });
    await makeSession({ facilitatorId: lead.id, status: "OPEN", countryCode: "RO" });

    expect(await lists(partnerRo)).toEqual({ TO_REVIEW: [ro.session.id] });
    expect(await lists(partnerBe)).toEqual({ TO_REVIEW: [be.session.id] });
    const countryless = await makeActor("PARTNER");
    expect(await lists(countryless)).toEqual({});
    expect(await getWaitingCount(countryless)).toBe(0);
  });

  it("invites a participant to score the WISE they have not started, then lists the published summary", async () => {
    const { lead, participant, partnerRo } = await people();
    const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, wiseCount: 2 });
    const sessionId = session.id;
    await addMember(sessionId, participant.id, "PARTICIPANT", true);
    const watcher = await makeActor("PARTICIPANT");
    await addMember(sessionId, watcher.id, "PARTICIPANT", false);

    const [invitation] = (await getWaitingSections(participant)).flatMap((s) => s.items);
    expect(invitation).toMatchObject({
      kind: "INVITED_TO_SCORE",
      id: sessionId,
      agendaItemId: agendaItems[0].id,
      remaining: 2,
      total: 2,
    });
    await db.evaluation.create({
      data: { agendaItemId: agendaItems[0].id, raterId: participant.id },
    });
    const [next] = (await getWaitingSections(participant)).flatMap((s) => s.items);
    expect(next).toMatchObject({ agendaItemId: agendaItems[1].id, remaining: 1 });
    // A member not invited to score has nothing to do while the session is open.
    expect(await lists(watcher)).toEqual({});

    expect((await changeSessionStatus(lead, { sessionId, to: "CLOSED" })).ok).toBe(true);
    expect(await lists(participant)).toEqual({});
    expect((await writeReview(partnerRo, { sessionId, step: "APPROVED" })).ok).toBe(true);
    expect((await changeSessionStatus(lead, { sessionId, to: "PUBLISHED" })).ok).toBe(true);
    expect(await lists(participant)).toEqual({ NEW_SUMMARY: [sessionId] });
    expect(await lists(watcher)).toEqual({ NEW_SUMMARY: [sessionId] });
    expect(await getWaitingCount(participant)).toBe(1);

    // An old summary is no longer news.
    await db.sessionStatusChange.updateMany({
      where: { sessionId, toStatus: "PUBLISHED" },
      data: { changedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) },
    });
    expect(await lists(participant)).toEqual({});
  });

  it("lists an admin's invitations not yet accepted and imported sessions not yet published", async () => {
    const { admin, lead, partnerRo } = await people();
    const invited = await makeUser("FACILITATOR");
    expect((await createInvitation(admin, { userId: invited.id })).ok).toBe(true);
    const accepted = await makeUser("PARTICIPANT", { password: "chosen-password" });
    expect((await createInvitation(admin, { userId: accepted.id })).ok).toBe(true);
    const { session: imported } = await makeSession({ facilitatorId: admin.id, status: "CLOSED" });
    await db.focusGroupSession.update({ where: { id: imported.id }, data: { bundleKey: "b-1" } });
    await makeSession({ facilitatorId: lead.id, status: "CLOSED" });

    expect(await lists(admin)).toEqual({
      PENDING_INVITATION: [invited.id],
      PENDING_IMPORT: [imported.id],
    });
    expect(await getWaitingCount(admin)).toBe(2);
    // Nobody else sees accounts or imports.
    expect((await lists(lead)).PENDING_INVITATION).toBeUndefined();
    expect((await lists(partnerRo)).PENDING_IMPORT).toBeUndefined();

    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const [expired] = (await getWaitingSections(admin)).flatMap((s) => s.items);
    expect(expired).toMatchObject({ kind: "PENDING_INVITATION", expired: true });
    await db.user.update({ where: { id: invited.id }, data: { active: false } });
    expect((await lists(admin)).PENDING_INVITATION).toBeUndefined();
  });

  it("decides where a review stands as the review page does, ties included", async () => {
    const { lead, partnerRo } = await people();
    const instant = new Date("2026-11-01T10:00:00.000Z");
    const later = new Date("2026-11-01T10:00:00.001Z");
    const cases: [string, { step: "APPROVED" | "CHANGES_REQUESTED"; at: Date }[], Date | null][] = [
      [
        "approval and request at one instant",
        [
          { step: "APPROVED", at: instant },
          { step: "CHANGES_REQUESTED", at: instant },
        ],
        null,
      ],
      ["approval at the instant of a reopening", [{ step: "APPROVED", at: instant }], instant],
      ["request after a reopening", [{ step: "CHANGES_REQUESTED", at: later }], instant],
      [
        "approval after a request",
        [
          { step: "CHANGES_REQUESTED", at: instant },
          { step: "APPROVED", at: later },
        ],
        null,
      ],
    ];
    const kindOf = {
      APPROVED: "READY_TO_PUBLISH",
      CHANGES_REQUESTED: "CHANGES_REQUESTED",
      AWAITING: "AWAITING_PARTNER",
      // An approval voided by a later change of country or agenda waits for the partner again.
      VOID: "AWAITING_PARTNER",
    };
    // What lib/reviews/rules.ts decides for each case: ties go against approval.
    const states = ["CHANGES_REQUESTED", "AWAITING", "CHANGES_REQUESTED", "APPROVED"] as const;
    for (const [index, [name, decisions, reopenedAt]] of cases.entries()) {
      const { session } = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
      for (const decision of decisions)
        await db.sessionReview.create({
          data: {
            sessionId: session.id,
            authorId: partnerRo.id,
            step: decision.step,
            body: "",
            createdAt: decision.at,
          },
        });
      if (reopenedAt)
        await db.sessionStatusChange.createMany({
          data: [
            {
              sessionId: session.id,
              fromStatus: "CLOSED",
              toStatus: "OPEN",
              changedById: lead.id,
              changedAt: reopenedAt,
            },
            {
              sessionId: session.id,
              fromStatus: "OPEN",
              toStatus: "CLOSED",
              changedById: lead.id,
              changedAt: reopenedAt,
            },
          ],
        });
      const review = await getSessionReview(lead, session.id);
      expect(review?.approval, name).toBe(states[index]);
      const listed = Object.entries(await lists(lead)).find(([, ids]) => ids?.includes(session.id));
      expect(listed?.[0], name).toBe(kindOf[review?.approval ?? "AWAITING"]);
    }
  });

  it("lists a session whose approval a later agenda change voided as awaiting the partner again", async () => {
    const { lead, partnerRo } = await people();
    const { session } = await makeSession({ facilitatorId: lead.id, status: "OPEN", wiseCount: 2 });
    expect((await changeSessionStatus(lead, { sessionId: session.id, to: "CLOSED" })).ok).toBe(
      true,
    );
    expect((await writeReview(partnerRo, { sessionId: session.id, step: "APPROVED" })).ok).toBe(
      true,
    );
    expect((await lists(lead)).READY_TO_PUBLISH).toEqual([session.id]);
    expect((await lists(partnerRo)).TO_REVIEW).toBeUndefined();

    // A change the commands refuse on a closed session, as a re-imported bundle or a repair in
    // the database makes it: the partner did not approve this agenda.
    const extra = await makeWise({ countryCode: "RO" });
    await db.agendaItem.create({ data: { sessionId: session.id, wiseId: extra.id, position: 3 } });
    expect((await getSessionReview(lead, session.id))?.approval).toBe("VOID");
    const leadLists = await lists(lead);
    expect(leadLists.AWAITING_PARTNER).toEqual([session.id]);
    expect(leadLists.READY_TO_PUBLISH).toBeUndefined();
    expect((await lists(partnerRo)).TO_REVIEW).toEqual([session.id]);
    expect(await getWaitingCount(partnerRo)).toBe(1);

    // A new approval of the session as it is now makes it ready to publish again.
    expect((await writeReview(partnerRo, { sessionId: session.id, step: "APPROVED" })).ok).toBe(
      true,
    );
    expect((await lists(lead)).READY_TO_PUBLISH).toEqual([session.id]);
    expect((await lists(partnerRo)).TO_REVIEW).toBeUndefined();
  });
});
