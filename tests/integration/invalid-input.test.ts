import { beforeEach, describe, expect, it } from "vitest";
import { createOrganisation } from "@/lib/organisations/mutations";
import {
  acceptInvitation,
  createInvitation,
  createUser,
  setUserActive,
  updateUser,
} from "@/lib/users/mutations";
import { makeActor, makeOrganisation, makeUser, rowCounts } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

describe("invalid input to every action writes nothing and says which field is wrong", () => {
  beforeEach(resetDatabase);

  it("createUser: missing name, malformed e-mail, unknown role, short password", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    const result = await createUser(admin, {
      name: " ",
      email: "not-an-address",
      role: "KING",
      password: "short",
    });
    expect(result).toMatchObject({ ok: false, status: 400, message: "invalidInput" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      name: ["required"],
      email: ["invalidEmail"],
      role: ["invalidValue"],
      password: ["passwordTooShort"],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("createUser: a partner without an organisation", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    const result = await createUser(admin, { name: "P", email: "p@test.example", role: "PARTNER" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.organisationId).toEqual(["partnerNeedsOrganisation"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("createUser: an e-mail already taken, whatever its case", async () => {
    const admin = await makeActor("ADMIN");
    await makeUser("PARTICIPANT", { email: "taken@test.example" });
    const before = await rowCounts();
    const result = await createUser(admin, {
      name: "Dup",
      email: "Taken@Test.example",
      role: "PARTICIPANT",
    });
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { email: ["emailTaken"] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("createUser: an organisation that does not exist", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    const result = await createUser(admin, {
      name: "X",
      email: "x@test.example",
      role: "FACILITATOR",
      organisationId: "no-such-organisation",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["organisationNotFound"] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("updateUser: unknown user, bad country code", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    const unknown = await updateUser(admin, { userId: "nobody", name: "N", role: "ADMIN" });
    expect(unknown).toMatchObject({ ok: false, status: 404, message: "userNotFound" });
    const target = await makeUser("PARTICIPANT");
    const badCountry = await updateUser(admin, {
      userId: target.id,
      name: "N",
      role: "ADMIN",
      countryCode: "Romania",
    });
    expect(badCountry).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { countryCode: ["invalidValue"] },
    });
    expect((await rowCounts()).auditEvents).toBe(before.auditEvents);
  });

  it("setUserActive: a value that is not true or false", async () => {
    const admin = await makeActor("ADMIN");
    const target = await makeUser("PARTICIPANT");
    const result = await setUserActive(admin, { userId: target.id, active: "maybe" });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { active: ["invalidValue"] },
    });
  });

  it("createInvitation: missing user id, and a deactivated user", async () => {
    const admin = await makeActor("ADMIN");
    const before = await rowCounts();
    expect(await createInvitation(admin, {})).toMatchObject({ ok: false, status: 400 });
    const inactive = await makeUser("PARTICIPANT", { active: false });
    expect(await createInvitation(admin, { userId: inactive.id })).toMatchObject({
      ok: false,
      status: 409,
      message: "userInactive",
    });
    expect((await rowCounts()).invitations).toBe(before.invitations);
  });

  it("createOrganisation: empty name, unknown country, duplicate name in one country", async () => {
    const admin = await makeActor("ADMIN");
    await makeOrganisation({ name: "RISE Romania", countryCode: "RO" });
    const before = await rowCounts();
    expect(await createOrganisation(admin, { name: "", countryCode: "" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["required"], countryCode: ["countryRequired"] },
    });
    expect(await createOrganisation(admin, { name: "X", countryCode: "ZZ" })).toMatchObject({
      ok: false,
      fieldErrors: { countryCode: ["countryRequired"] },
    });
    expect(
      await createOrganisation(admin, { name: "RISE Romania", countryCode: "RO" }),
    ).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { name: ["organisationExists"] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("acceptInvitation: passwords that differ, and an unknown token", async () => {
    const before = await rowCounts();
    const mismatch = await acceptInvitation({
      token: "x".repeat(43),
      password: "long enough password",
      confirmPassword: "another long password",
    });
    expect(mismatch).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["passwordsDoNotMatch"] },
    });
    const unknown = await acceptInvitation({
      token: "x".repeat(43),
      password: "long enough password",
      confirmPassword: "long enough password",
    });
    expect(unknown).toMatchObject({ ok: false, status: 404, message: "invitationInvalid" });
    expect(await rowCounts()).toEqual(before);
  });
});
