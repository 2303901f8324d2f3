import { beforeEach, describe, expect, it } from "vitest";
import type { Command } from "@/lib/actions/command";
import { type Actor, ForbiddenError } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganisation } from "@/lib/organisations/mutations";
import { listOrganisations } from "@/lib/organisations/queries";
import { eraseUser } from "@/lib/users/erasure-mutations";
import { createInvitation, createUser, setUserActive, updateUser } from "@/lib/users/mutations";
import { getPersonalData } from "@/lib/users/personal-data-queries";
import { getUserForAdmin, listUsers } from "@/lib/users/queries";
import { makeActor, makeUser, rowCounts } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const ROLES: Role[] = ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"];

type CommandCase = {
  name: string;
  command: Command<unknown>;
  /** A valid input against fresh data, so that only the actor's role decides the outcome. */
  input: () => Promise<Record<string, string>>;
  allowed: Role[];
};

const COMMANDS: CommandCase[] = [
  {
    name: "user.create",
    command: createUser,
    input: async () => ({
      name: "New Person",
      email: `new-${crypto.randomUUID()}@test.example`,
      role: "PARTICIPANT",
    }),
    allowed: ["ADMIN"],
  },
  {
    name: "user.update",
    command: updateUser,
    input: async () => ({
      userId: (await makeUser("PARTICIPANT")).id,
      name: "Renamed",
      role: "FACILITATOR",
    }),
    allowed: ["ADMIN"],
  },
  {
    name: "user.deactivate",
    command: setUserActive,
    input: async () => ({ userId: (await makeUser("PARTICIPANT")).id, active: "false" }),
    allowed: ["ADMIN"],
  },
  {
    name: "user.invite",
    command: createInvitation,
    input: async () => ({ userId: (await makeUser("PARTICIPANT")).id }),
    allowed: ["ADMIN"],
  },
  {
    name: "user.erase",
    command: eraseUser,
    input: async () => ({ userId: (await makeUser("PARTICIPANT")).id }),
    allowed: ["ADMIN"],
  },
  {
    name: "organisation.create",
    command: createOrganisation,
    input: async () => ({ name: `Network ${crypto.randomUUID()}`, countryCode: "BE" }),
    allowed: ["ADMIN"],
  },
];

describe("permission matrix: every action, every role", () => {
  beforeEach(resetDatabase);

  for (const testCase of COMMANDS) {
    for (const role of ROLES) {
      const allowed = testCase.allowed.includes(role);
      it(`${testCase.name} is ${allowed ? "allowed" : "refused"} for ${role}`, async () => {
        const actor = await makeActor(role);
        const input = await testCase.input();
        const before = await rowCounts();
        const result = await testCase.command(actor, input);
        if (allowed) {
          expect(result.ok).toBe(true);
          expect((await rowCounts()).auditEvents).toBe(before.auditEvents + 1);
        } else {
          expect(result).toMatchObject({ ok: false, status: 403, message: "forbidden" });
          expect(await rowCounts()).toEqual(before);
        }
      });
    }
  }

  type ReadCase = { name: string; read: (actor: Actor) => Promise<unknown>; allowed: Role[] };
  const READS: ReadCase[] = [
    { name: "user.list", read: (actor) => listUsers(actor, {}), allowed: ["ADMIN"] },
    {
      name: "user.update (read one)",
      read: async (actor) => getUserForAdmin(actor, (await makeUser("PARTICIPANT")).id),
      allowed: ["ADMIN"],
    },
    { name: "organisation.list", read: (actor) => listOrganisations(actor), allowed: ["ADMIN"] },
    {
      name: "user.exportData",
      read: async (actor) => getPersonalData(actor, (await makeUser("PARTICIPANT")).id),
      allowed: ["ADMIN"],
    },
  ];

  for (const readCase of READS) {
    for (const role of ROLES) {
      const allowed = readCase.allowed.includes(role);
      it(`${readCase.name} is ${allowed ? "allowed" : "refused"} for ${role}`, async () => {
        const actor = await makeActor(role);
        const reading = readCase.read(actor);
        if (allowed) await expect(reading).resolves.toBeTruthy();
        else await expect(reading).rejects.toBeInstanceOf(ForbiddenError);
      });
    }
  }

  it("an admin cannot deactivate their own account", async () => {
    const admin = await makeActor("ADMIN");
    const result = await setUserActive(admin, { userId: admin.id, active: "false" });
    expect(result).toMatchObject({ ok: false, status: 403 });
  });
});
