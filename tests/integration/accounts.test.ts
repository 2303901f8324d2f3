import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import {
  acceptInvitation,
  createInvitation,
  createUser,
  setUserActive,
  updateUser,
} from "@/lib/users/mutations";
import { makeActor, makeOrganisation, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const PASSWORD = "correct horse battery staple";

describe("accounts", () => {
  beforeEach(resetDatabase);

  it("an invited user sets a password once through the link, then signs in", async () => {
    const admin = await makeActor("ADMIN");
    const created = await createUser(admin, {
      name: "Ioana",
      email: "ioana@test.example",
      role: "FACILITATOR",
    });
    if (!created.ok) throw new Error("user not created");
    const token = created.data.invitationToken;
    expect(token).toBeTruthy();
    const stored = await db.invitation.findFirstOrThrow({ where: { userId: created.data.userId } });
    expect(stored.tokenHash).not.toBe(token);

    const accepted = await acceptInvitation({
      token,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(accepted).toEqual({ ok: true, data: { email: "ioana@test.example" } });
    const again = await acceptInvitation({
      token,
      password: "another password!",
      confirmPassword: "another password!",
    });
    expect(again).toMatchObject({ ok: false, message: "invitationInvalid" });

    const signIn = await verifyCredentials(
      { email: "ioana@test.example", password: PASSWORD },
      "10.0.0.1",
    );
    expect(signIn).toMatchObject({ ok: true, user: { email: "ioana@test.example" } });
  });

  it("a new invitation link replaces the previous one, and an expired link does not work", async () => {
    const admin = await makeActor("ADMIN");
    const created = await createUser(admin, {
      name: "A",
      email: "a@test.example",
      role: "PARTICIPANT",
    });
    if (!created.ok) throw new Error("user not created");
    const second = await createInvitation(admin, { userId: created.data.userId });
    if (!second.ok) throw new Error("invitation not created");
    const oldLink = await acceptInvitation({
      token: created.data.invitationToken,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(oldLink.ok).toBe(false);

    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await acceptInvitation({
      token: second.data.invitationToken,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect(expired).toMatchObject({ ok: false, message: "invitationInvalid" });
  });

  it("a deactivated user cannot sign in, and their account and history stay", async () => {
    const admin = await makeActor("ADMIN");
    const user = await makeUser("FACILITATOR", { email: "f@test.example", password: PASSWORD });
    expect(
      (await verifyCredentials({ email: "f@test.example", password: PASSWORD }, "ip")).ok,
    ).toBe(true);

    expect((await setUserActive(admin, { userId: user.id, active: "false" })).ok).toBe(true);
    expect(await verifyCredentials({ email: "f@test.example", password: PASSWORD }, "ip")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const kept = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(kept.active).toBe(false);
    expect(kept.deactivatedAt).toBeInstanceOf(Date);
    expect(
      await db.auditEvent.count({ where: { targetId: user.id, action: "user.deactivate" } }),
    ).toBe(1);

    expect((await setUserActive(admin, { userId: user.id, active: "true" })).ok).toBe(true);
    expect(
      (await verifyCredentials({ email: "f@test.example", password: PASSWORD }, "ip")).ok,
    ).toBe(true);
  });

  it("wrong password and unknown account fail alike", async () => {
    await makeUser("PARTICIPANT", { email: "p@test.example", password: PASSWORD });
    const wrongPassword = await verifyCredentials(
      { email: "p@test.example", password: "nope" },
      "ip",
    );
    const unknownAccount = await verifyCredentials(
      { email: "ghost@test.example", password: "nope" },
      "ip",
    );
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownAccount).toEqual(wrongPassword);
  });

  it("a partner's country follows their organisation", async () => {
    const admin = await makeActor("ADMIN");
    const belgian = await makeOrganisation({ name: "ENSIE", countryCode: "BE" });
    const created = await createUser(admin, {
      name: "Pieter",
      email: "pieter@test.example",
      role: "PARTNER",
      organisationId: belgian.id,
      countryCode: "RO",
    });
    if (!created.ok) throw new Error("user not created");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: created.data.userId } })).countryCode,
    ).toBe("BE");

    const romanian = await makeOrganisation({ name: "RISE Romania", countryCode: "RO" });
    await updateUser(admin, {
      userId: created.data.userId,
      name: "Pieter",
      role: "PARTNER",
      organisationId: romanian.id,
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: created.data.userId } })).countryCode,
    ).toBe("RO");
  });
});
