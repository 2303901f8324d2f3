import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setShareLink } from "@/lib/reviews/mutations";
import { getSharedSummary } from "@/lib/summaries/queries";
import { addMember, makeSession } from "../factories/sessions";
import { makeActor } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

async function session(status: "CLOSED" | "PUBLISHED") {
  const lead = await makeActor("FACILITATOR");
  const coLead = await makeActor("FACILITATOR");
  const participant = await makeActor("PARTICIPANT");
  const { session } = await makeSession({ facilitatorId: lead.id, status });
  await addMember(session.id, coLead.id, "CO_FACILITATOR");
  await addMember(session.id, participant.id, "PARTICIPANT");
  return { lead, coLead, participant, sessionId: session.id };
}

async function enable(actor: Awaited<ReturnType<typeof makeActor>>, sessionId: string) {
  const result = await setShareLink(actor, { sessionId, enabled: "true" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.shareToken as string;
}

describe("share links of published summaries", () => {
  beforeEach(resetDatabase);

  it("open the summary without signing in only while enabled", async () => {
    const { lead, sessionId } = await session("PUBLISHED");
    const token = await enable(lead, sessionId);
    expect(token).toMatch(/^[\w-]{32}$/);
    expect((await getSharedSummary(token))?.title).toMatch(/^Focus group/);
    // Enabling again keeps the link already sent.
    expect(await enable(lead, sessionId)).toBe(token);

    expect((await setShareLink(lead, { sessionId, enabled: "false" })).ok).toBe(true);
    expect(await getSharedSummary(token)).toBeNull();
    const fresh = await enable(lead, sessionId);
    expect(fresh).not.toBe(token);
    expect(await getSharedSummary(token)).toBeNull();
    expect(await getSharedSummary(fresh)).not.toBeNull();
  });

  it("cannot be enabled before publishing, and a token on an unpublished session opens nothing", async () => {
    const { lead, sessionId } = await session("CLOSED");
    expect(await setShareLink(lead, { sessionId, enabled: "true" })).toMatchObject({
      ok: false,
      status: 409,
      message: "shareNeedsPublished",
    });
    const stored = await db.focusGroupSession.update({
      where: { id: sessionId },
      data: { shareToken: "token-left-on-a-closed-session" },
    });
    expect(await getSharedSummary(stored.shareToken as string)).toBeNull();
    expect(await getSharedSummary("")).toBeNull();
    expect(await getSharedSummary("../../etc/passwd")).toBeNull();
  });

  it("are managed by the session's facilitators only, and each change is audited", async () => {
    const { coLead, participant, sessionId } = await session("PUBLISHED");
    const stranger = await makeActor("FACILITATOR");
    const partner = await makeActor("PARTNER", { countryCode: "RO" });
    for (const actor of [participant, stranger, partner]) {
      expect(await setShareLink(actor, { sessionId, enabled: "true" })).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    expect(
      (await db.focusGroupSession.findUniqueOrThrow({ where: { id: sessionId } })).shareToken,
    ).toBeNull();
    await enable(coLead, sessionId);
    expect(
      await db.auditEvent.findMany({
        where: { targetId: sessionId },
        select: { action: true, actorId: true },
      }),
    ).toEqual([{ action: "session.share.enable", actorId: coLead.id }]);
  });
});
