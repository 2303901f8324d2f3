import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getSessionResults } from "@/lib/results/queries";
import { eraseUser } from "@/lib/users/erasure-mutations";
import { getPersonalData } from "@/lib/users/personal-data-queries";
import { joinAsGuest, makeLiveSession } from "../factories/live";
import { scoreAs } from "../factories/results";
import { addMember, makeSession } from "../factories/sessions";
import { asActor, makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

beforeEach(resetDatabase);

type Row = Record<string, unknown>;
/** Every rollup the dashboards read, to prove that erasure leaves results as they were. */
async function rollups() {
  const read = async (table: string) =>
    JSON.stringify(
      (await db.$queryRawUnsafe<Row[]>(`SELECT * FROM "${table}"`))
        .map((row) =>
          JSON.stringify(row, (_key, value) => (typeof value === "bigint" ? String(value) : value)),
        )
        .sort(),
    );
  return Promise.all(
    ["EvaluationCategoryTotal", "UnitAnswerCount", "AgreementSum", "ItemScore", "LevelRater"].map(
      read,
    ),
  );
}

/** Two raters in a closed session, each with a membership, sign-in attempts and an invitation. */
async function twoRaters() {
  const lead = await makeActor("FACILITATOR", { countryCode: "RO" });
  const { session, agendaItems } = await makeSession({ facilitatorId: lead.id, status: "CLOSED" });
  const item = agendaItems[0];
  if (!item) throw new Error("no agenda item");
  const criteria = await db.gridCriterion.findMany({
    where: { category: { gridId: session.gridId } },
  });
  const person = await makeUser("PARTICIPANT", { email: "maria.erasable@test.example" });
  await db.user.update({ where: { id: person.id }, data: { name: "Maria Erasable" } });
  const other = await makeUser("PARTICIPANT", { email: "other.keeper@test.example" });
  await db.user.update({ where: { id: other.id }, data: { name: "Other Keeper" } });
  for (const [user, level] of [
    [person, 2],
    [other, 5],
  ] as const) {
    await addMember(session.id, user.id, "PARTICIPANT", true);
    await scoreAs(
      item.id,
      user.id,
      Object.fromEntries(criteria.map((criterion) => [criterion.id, ["LEVEL", level]])),
    );
    await db.signInAttempt.create({
      data: { email: user.email, ip: "192.0.2.7", succeeded: false },
    });
    await db.invitation.create({
      data: {
        tokenHash: `hash-${user.id}`,
        userId: user.id,
        createdById: lead.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
  }
  return { lead, sessionId: session.id, person, other };
}

describe("a person's data: export", () => {
  it("holds the person's account, scores, memberships and attempts, and nothing of anyone else", async () => {
    const { person, other } = await twoRaters();
    const admin = await makeActor("ADMIN");
    const data = await getPersonalData(admin, person.id);
    expect(data?.person).toMatchObject({ email: person.email, name: "Maria Erasable" });
    expect(data?.person.sessionMemberships).toHaveLength(1);
    expect(data?.person.invitations).toHaveLength(1);
    expect(data?.signInAttempts).toHaveLength(1);
    expect(data?.person.evaluations[0]?.scores.every((score) => score.level === 2)).toBe(true);
    const text = JSON.stringify(data);
    for (const trace of [other.id, other.email, "Other Keeper", "hash-"]) {
      expect(text).not.toContain(trace);
    }
  });

  it("is refused to anyone but an admin", async () => {
    const { person } = await twoRaters();
    for (const role of ["FACILITATOR", "PARTNER", "PARTICIPANT"] as const) {
      await expect(getPersonalData(await makeActor(role), person.id)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
  });
});

describe("a person's data: erasure", () => {
  it("removes every personal field, keeps results and rollups unchanged, and is audited", async () => {
    const { lead, sessionId, person, other } = await twoRaters();
    const admin = await makeActor("ADMIN");
    const resultsBefore = await getSessionResults(lead, sessionId);
    const rollupsBefore = await rollups();
    expect(rollupsBefore.every((table) => table !== "[]")).toBe(true);

    const result = await eraseUser(admin, { userId: person.id });
    expect(result).toMatchObject({
      ok: true,
      data: { removed: { signInAttempts: 1, invitations: 1, memberships: 1, guestRecords: 0 } },
    });

    const erased = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(erased).toMatchObject({ passwordHash: null, active: false, countryCode: null });
    expect(JSON.stringify(erased)).not.toMatch(/maria|erasable/i);
    expect(await db.signInAttempt.count({ where: { email: person.email } })).toBe(0);
    expect(await db.invitation.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.sessionMember.count({ where: { userId: person.id } })).toBe(0);
    // The scores stay, now pointing at an account that names no one.
    expect(await db.evaluation.count({ where: { raterId: person.id } })).toBe(1);
    expect(await getSessionResults(lead, sessionId)).toEqual(resultsBefore);
    expect(await rollups()).toEqual(rollupsBefore);

    // The other person is untouched.
    expect(await db.signInAttempt.count({ where: { email: other.email } })).toBe(1);
    expect(await db.sessionMember.count({ where: { userId: other.id } })).toBe(1);

    const audit = await db.auditEvent.findMany({ where: { action: "user.erase" } });
    expect(audit).toMatchObject([{ actorId: admin.id, targetType: "User", targetId: person.id }]);
    expect(JSON.stringify(audit)).not.toMatch(/maria|erasable/i);
  });

  it("erases a live-session guest's record and display name", async () => {
    const { code } = await makeLiveSession();
    const guest = await joinAsGuest(code, "Guest Ioana");
    const admin = await makeActor("ADMIN");
    const result = await eraseUser(admin, { userId: guest.actor.id });
    expect(result).toMatchObject({ ok: true, data: { removed: { guestRecords: 1 } } });
    expect(await db.liveParticipant.count({ where: { userId: guest.actor.id } })).toBe(0);
    expect(
      JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: guest.actor.id } })),
    ).not.toContain("Ioana");
  });

  it("is refused to non-admins and to an admin on their own account, writing nothing", async () => {
    const { person } = await twoRaters();
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    for (const role of ["FACILITATOR", "PARTNER", "PARTICIPANT"] as const) {
      const refused = await eraseUser(await makeActor(role), { userId: person.id });
      expect(refused).toMatchObject({ ok: false, status: 403, message: "forbidden" });
    }
    const admin = asActor(await makeUser("ADMIN"));
    expect(await eraseUser(admin, { userId: admin.id })).toMatchObject({ ok: false, status: 403 });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "user.erase" } })).toBe(0);
    expect(await eraseUser(admin, { userId: "" })).toMatchObject({ ok: false, status: 400 });
  });
});
