import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeCriterion } from "@/lib/grids/mutations";
import { saveLiveScore } from "@/lib/live/score-mutations";
import { setShareLink } from "@/lib/reviews/mutations";
import { changeSessionStatus, createSession, updateSession } from "@/lib/sessions/mutations";
import { addSessionNote } from "@/lib/sessions/note-mutations";
import { setUserActive, updateUser } from "@/lib/users/mutations";
import { createWise, updateWise } from "@/lib/wises/mutations";
import { control, joinAsGuest, liveScore, makeLiveSession } from "../factories/live";
import { makeGrid, makeSession } from "../factories/sessions";
import { makeActor, makeUser } from "../factories/users";
import { makeProfiledWise, wiseFormInput } from "../factories/wises";
import { resetDatabase } from "../setup/reset-db";

/** The only entry written since `since` (there must be exactly one). */
async function onlyEntrySince(since: number) {
  const entries = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, skip: since });
  expect(entries).toHaveLength(1);
  return entries[0];
}

describe("audit entries written by the command recipe", () => {
  beforeEach(resetDatabase);

  it("a creation: who, what, the new object's name and country, nothing before", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const result = await createWise(
      facilitator,
      wiseFormInput({ name: "Atelier Verde", disabledWorkers: "3", totalFte: "18.5" }),
    );
    if (!result.ok) throw new Error(result.message);
    const entry = await onlyEntrySince(0);
    expect(entry).toMatchObject({
      actorId: facilitator.id,
      action: "wise.create",
      targetType: "Wise",
      targetId: result.data.wiseId,
      targetLabel: "Atelier Verde",
      countryCode: "RO",
      before: null,
      after: expect.objectContaining({ name: "Atelier Verde", region: "Cluj" }),
    });
    // Special-category data about workers never enters the trail.
    expect(JSON.stringify(entry.after)).not.toMatch(/HOMELESS|supportNeedCounts|disabledWorkers/);
    // The national rules' other facts are kept like any profile field.
    expect(entry.after).toMatchObject({ totalFte: "18.5" });
  });

  it("an update: the object before and after, in the same transaction as the change", async () => {
    const admin = await makeActor("ADMIN");
    const wise = await makeProfiledWise({ name: "Before", countryCode: "RO", region: "Iași" });
    const result = await updateWise(admin, {
      wiseId: wise.id,
      ...wiseFormInput({ name: "After" }),
    });
    expect(result.ok).toBe(true);
    const entry = await onlyEntrySince(0);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "wise.update",
      targetId: wise.id,
      targetLabel: "After",
      before: expect.objectContaining({ name: "Before", region: "Iași" }),
      after: expect.objectContaining({ name: "After", region: "Cluj" }),
    });
  });

  it("a user's snapshot says whether a password is set, never the hash", async () => {
    const admin = await makeActor("ADMIN");
    const user = await makeUser("PARTICIPANT", { password: "a long secret phrase" });
    expect(
      (await updateUser(admin, { userId: user.id, name: "Renamed", role: "FACILITATOR" })).ok,
    ).toBe(true);
    const entry = await onlyEntrySince(0);
    expect(entry.before).toMatchObject({ role: "PARTICIPANT", hasPassword: true });
    expect(entry.after).toMatchObject({ role: "FACILITATOR", name: "Renamed" });
    expect(JSON.stringify(entry)).not.toContain("argon2");
  });

  it("the action can depend on the input, and a deletion keeps what was deleted", async () => {
    const admin = await makeActor("ADMIN");
    const user = await makeUser("PARTICIPANT");
    await setUserActive(admin, { userId: user.id, active: "false" });
    expect(await onlyEntrySince(0)).toMatchObject({
      action: "user.deactivate",
      before: expect.objectContaining({ active: true }),
      after: expect.objectContaining({ active: false }),
    });

    const grid = await makeGrid();
    const criterion = grid.categories[0].criteria[1];
    expect((await removeCriterion(admin, { criterionId: criterion.id })).ok).toBe(true);
    expect(await onlyEntrySince(1)).toMatchObject({
      action: "grid.removeCriterion",
      targetType: "GridCriterion",
      targetId: criterion.id,
      targetLabel: `${grid.name} v1 · ${criterion.code}`,
      countryCode: null,
      before: expect.objectContaining({ code: criterion.code }),
      after: null,
    });
  });

  it("a shared summary is recorded as shared, without the link's token", async () => {
    const facilitator = await makeActor("FACILITATOR");
    const { session } = await makeSession({ facilitatorId: facilitator.id, status: "PUBLISHED" });
    const result = await setShareLink(facilitator, { sessionId: session.id, enabled: "true" });
    if (!result.ok) throw new Error(result.message);
    const entry = await onlyEntrySince(0);
    expect(entry).toMatchObject({
      action: "session.share.enable",
      before: expect.objectContaining({ shared: false }),
      after: expect.objectContaining({ shared: true }),
    });
    expect(JSON.stringify(entry)).not.toContain(result.data.shareToken as string);
  });

  it("session commands name the session and its country; a note belongs to its session", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "BE" });
    const grid = await makeGrid();
    const created = await createSession(facilitator, {
      title: "Brussels group",
      startsAt: "2026-05-12T09:30",
      countryCode: "BE",
      gridId: grid.id,
      online: "false",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { sessionId } = created.data;
    expect(await onlyEntrySince(0)).toMatchObject({
      action: "session.create",
      targetLabel: "Brussels group",
      countryCode: "BE",
    });
    await addSessionNote(facilitator, { sessionId, subject: "GENERAL", body: "Warm room" });
    expect(await onlyEntrySince(1)).toMatchObject({
      action: "note.add",
      targetType: "SessionNote",
      targetLabel: "Brussels group",
      countryCode: "BE",
      after: expect.objectContaining({ body: "Warm room", sessionId }),
    });
  });

  it("a live console click is recorded with the live part before and after; a score is not", async () => {
    const { facilitator, session, agendaItems, criteria, code } = await makeLiveSession();
    expect(await onlyEntrySince(0)).toMatchObject({
      actorId: facilitator.id,
      action: "live.start",
      targetType: "LiveSession",
      targetId: session.id,
      before: null,
      after: expect.objectContaining({ phase: "WAITING" }),
    });
    expect(JSON.stringify(await onlyEntrySince(0))).not.toContain(code);
    await control(facilitator, session.id, { action: "admitAll" });
    const guest = await joinAsGuest(code);
    await control(facilitator, session.id, { action: "present", agendaItemId: agendaItems[0].id });
    await control(facilitator, session.id, { action: "openScoring" });
    const entries = await db.auditEvent.count();
    const saved = await saveLiveScore(
      guest.actor,
      true,
      liveScore(agendaItems[0].id, criteria[1].id, 3),
    );
    expect(saved.ok).toBe(true);
    // The score's own ScoreChange row is its trail (the recipe's explicit skip).
    expect(await db.scoreChange.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(entries);
    expect(await db.auditEvent.findFirst({ where: { action: "live.present" } })).toMatchObject({
      before: expect.objectContaining({ phase: "WAITING" }),
      after: expect.objectContaining({
        phase: "PRESENTING",
        currentAgendaItemId: agendaItems[0].id,
      }),
      details: { agendaItemId: agendaItems[0].id },
    });
  });
});

describe("a command that fails leaves no entry", () => {
  beforeEach(resetDatabase);

  it("for bad input, a refusal, or a domain error after part of the change was written", async () => {
    const facilitator = await makeActor("FACILITATOR", { countryCode: "RO" });
    const stranger = await makeActor("FACILITATOR", { countryCode: "RO" });
    const { session } = await makeSession({ facilitatorId: facilitator.id, status: "CLOSED" });

    expect(await createWise(facilitator, wiseFormInput({ name: "" }))).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await updateSession(stranger, {
        sessionId: session.id,
        title: "Taken over",
        startsAt: "2026-05-12T09:30",
        countryCode: "RO",
        gridId: session.gridId,
        online: "false",
      }),
    ).toMatchObject({ ok: false, status: 403 });
    // Publishing moves the status first, then finds no approval: all of it is rolled back.
    expect(
      await changeSessionStatus(facilitator, { sessionId: session.id, to: "PUBLISHED" }),
    ).toMatchObject({ ok: false, status: 409, message: "approvalRequired" });

    expect(await db.auditEvent.count()).toBe(0);
    expect(
      (await db.focusGroupSession.findUniqueOrThrow({ where: { id: session.id } })).status,
    ).toBe("CLOSED");
  });
});
