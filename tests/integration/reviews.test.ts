import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { replyToReview, writeReview } from "@/lib/reviews/mutations";
import { getSessionReview } from "@/lib/reviews/queries";
import { addMember, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

/** A CLOSED Romanian session with its lead, a co-facilitator, a participant and both partners. */
async function closedSession() {
  const lead = await makeActor("FACILITATOR");
  const coLead = await makeActor("FACILITATOR");
  const participant = await makeActor("PARTICIPANT");
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const foreignPartner = await makeActor("PARTNER", { countryCode: "BE" });
  const { session } = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
  await addMember(session.id, coLead.id, "CO_FACILITATOR");
  await addMember(session.id, participant.id, "PARTICIPANT", true);
  return { lead, coLead, participant, partner, foreignPartner, sessionId: session.id };
}

const reviewRows = () => db.sessionReview.count();

describe("national partners' review", () => {
  beforeEach(resetDatabase);

  it("keeps every step of the partner and the facilitators, with who and when, in order", async () => {
    const { lead, coLead, partner, sessionId } = await closedSession();
    const steps = [
      await writeReview(partner, { sessionId, step: "COMMENT", body: "Scores look thin." }),
      await replyToReview(lead, { sessionId, body: "Two raters left early." }),
      await writeReview(partner, { sessionId, step: "CHANGES_REQUESTED", body: "Add a note." }),
      await replyToReview(coLead, { sessionId, body: "Added." }),
      await writeReview(partner, { sessionId, step: "APPROVED" }),
    ];
    expect(steps.every((result) => result.ok)).toBe(true);

    const review = await getSessionReview(partner, sessionId);
    const entries = review?.timeline.filter((entry) => entry.kind === "review") ?? [];
    expect(
      entries.map((entry) => entry.kind === "review" && [entry.step, entry.author.name]),
    ).toEqual([
      ["COMMENT", expect.stringMatching(/^PARTNER/)],
      ["FACILITATOR_REPLY", expect.stringMatching(/^FACILITATOR/)],
      ["CHANGES_REQUESTED", expect.stringMatching(/^PARTNER/)],
      ["FACILITATOR_REPLY", expect.stringMatching(/^FACILITATOR/)],
      ["APPROVED", expect.stringMatching(/^PARTNER/)],
    ]);
    const times = entries.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(review?.approval).toBe("APPROVED");
  });

  it("a partner of another country can neither review nor read the review", async () => {
    const { foreignPartner, sessionId } = await closedSession();
    expect(await writeReview(foreignPartner, { sessionId, step: "APPROVED" })).toMatchObject({
      ok: false,
      status: 403,
    });
    await expect(getSessionReview(foreignPartner, sessionId)).rejects.toThrow(ForbiddenError);
    expect(await reviewRows()).toBe(0);
  });

  it("only the partner decides and only the facilitators reply; participants do neither", async () => {
    const { lead, participant, partner, sessionId } = await closedSession();
    const refused = [
      await writeReview(lead, { sessionId, step: "APPROVED" }),
      await writeReview(participant, { sessionId, step: "COMMENT", body: "Hi" }),
      await replyToReview(partner, { sessionId, body: "Replying to myself" }),
      await replyToReview(participant, { sessionId, body: "Hi" }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, status: 403 });
    await expect(getSessionReview(participant, sessionId)).rejects.toThrow(ForbiddenError);
    expect(await reviewRows()).toBe(0);
  });

  it("reviews only a closed session, and refuses a request for changes without words", async () => {
    const lead = await makeActor("FACILITATOR");
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    for (const status of ["OPEN", "PUBLISHED"] as const) {
      const { session } = await makeSession({ facilitatorId: lead.id, status });
      expect(await writeReview(partner, { sessionId: session.id, step: "APPROVED" })).toMatchObject(
        { ok: false, status: 403 },
      );
    }
    const { session } = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
    expect(
      await writeReview(partner, { sessionId: session.id, step: "CHANGES_REQUESTED", body: " " }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { body: ["reviewBodyRequired"] } });
    expect(await writeReview(partner, { sessionId: "missing", step: "APPROVED" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await reviewRows()).toBe(0);
  });

  it("refuses a partner's step made on a page from before the session last moved", async () => {
    const { lead, partner, sessionId } = await closedSession();
    const seen = await db.sessionStatusChange.create({
      data: { sessionId, fromStatus: "OPEN", toStatus: "CLOSED", changedById: lead.id },
    });
    expect(
      (await writeReview(partner, { sessionId, step: "APPROVED", seenChangeId: seen.id })).ok,
    ).toBe(true);
    // The facilitator reopens and closes again while the partner's page is still open.
    await db.sessionStatusChange.createMany({
      data: [
        { sessionId, fromStatus: "CLOSED", toStatus: "OPEN", changedById: lead.id, reason: "x" },
        { sessionId, fromStatus: "OPEN", toStatus: "CLOSED", changedById: lead.id },
      ],
    });
    expect(
      await writeReview(partner, { sessionId, step: "APPROVED", seenChangeId: seen.id }),
    ).toMatchObject({ ok: false, status: 409, message: "reviewStale" });
    expect(await reviewRows()).toBe(1);
  });

  it("shows the share link only to those who manage the session", async () => {
    const { lead, partner, sessionId } = await closedSession();
    await db.focusGroupSession.update({
      where: { id: sessionId },
      data: { status: "PUBLISHED", shareToken: "a-share-token-for-the-test" },
    });
    expect((await getSessionReview(lead, sessionId))?.shareToken).toBe(
      "a-share-token-for-the-test",
    );
    expect((await getSessionReview(partner, sessionId))?.shareToken).toBeNull();
  });
});
