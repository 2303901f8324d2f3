import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeReview } from "@/lib/reviews/mutations";
import { changeSessionStatus } from "@/lib/sessions/mutations";
import { makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function closedSession() {
  const lead = await makeActor("FACILITATOR");
  const partner = await makeActor("PARTNER", { countryCode: "RO" });
  const { session } = await makeSession({ facilitatorId: lead.id, status: "OPEN" });
  const sessionId = session.id;
  expect((await changeSessionStatus(lead, { sessionId, to: "CLOSED" })).ok).toBe(true);
  return { lead, partner, sessionId };
}

const publish = (actor: Awaited<ReturnType<typeof makeActor>>, sessionId: string) =>
  changeSessionStatus(actor, { sessionId, to: "PUBLISHED" });

async function state(sessionId: string) {
  const session = await db.focusGroupSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { status: true, _count: { select: { statusChanges: true } } },
  });
  return { status: session.status, changes: session._count.statusChanges };
}

describe("publishing needs the partner's approval", () => {
  beforeEach(resetDatabase);

  it("is refused before approval, writing nothing, and allowed after it", async () => {
    const { lead, partner, sessionId } = await closedSession();
    const before = await state(sessionId);
    await writeReview(partner, { sessionId, step: "COMMENT", body: "Looks fine so far." });
    expect(await publish(lead, sessionId)).toMatchObject({
      ok: false,
      status: 409,
      message: "approvalRequired",
    });
    expect(await state(sessionId)).toEqual(before);

    expect((await writeReview(partner, { sessionId, step: "APPROVED" })).ok).toBe(true);
    expect(await publish(lead, sessionId)).toMatchObject({
      ok: true,
      data: { status: "PUBLISHED" },
    });
    expect(await state(sessionId)).toEqual({ status: "PUBLISHED", changes: before.changes + 1 });
  });

  it("is refused again after a later request for changes, until a new approval", async () => {
    const { lead, partner, sessionId } = await closedSession();
    await writeReview(partner, { sessionId, step: "APPROVED" });
    await writeReview(partner, { sessionId, step: "CHANGES_REQUESTED", body: "Check WISE 2." });
    expect(await publish(lead, sessionId)).toMatchObject({
      ok: false,
      message: "approvalRequired",
    });
    expect((await state(sessionId)).status).toBe("CLOSED");

    await writeReview(partner, { sessionId, step: "APPROVED", body: "Thanks, fixed." });
    expect((await publish(lead, sessionId)).ok).toBe(true);
  });

  it("is refused again after a reopening, until the partner approves the new results", async () => {
    const { lead, partner, sessionId } = await closedSession();
    await writeReview(partner, { sessionId, step: "APPROVED" });
    const reopened = await changeSessionStatus(lead, {
      sessionId,
      to: "OPEN",
      reason: "A rater's scores were entered for the wrong WISE.",
    });
    expect(reopened.ok).toBe(true);
    expect((await changeSessionStatus(lead, { sessionId, to: "CLOSED" })).ok).toBe(true);
    expect(await publish(lead, sessionId)).toMatchObject({
      ok: false,
      message: "approvalRequired",
    });

    await writeReview(partner, { sessionId, step: "APPROVED" });
    expect((await publish(lead, sessionId)).ok).toBe(true);
  });

  it("still refuses people who may not manage the session, whatever the review says", async () => {
    const { partner, sessionId } = await closedSession();
    await writeReview(partner, { sessionId, step: "APPROVED" });
    expect(await publish(partner, sessionId)).toMatchObject({ ok: false, status: 403 });
    expect(await publish(await makeActor("FACILITATOR"), sessionId)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect((await state(sessionId)).status).toBe("CLOSED");
  });
});
