import argon2 from "argon2";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

let sequence = 0;

export async function makeOrganisation(overrides: { name?: string; countryCode?: string } = {}) {
  sequence += 1;
  return db.organisation.create({
    data: {
      name: overrides.name ?? `Organisation ${sequence}`,
      countryCode: overrides.countryCode ?? "RO",
    },
  });
}

/** A real user row; the password is hashed cheaply only because tests make many of them. */
export async function makeUser(
  role: Role,
  overrides: {
    email?: string;
    password?: string;
    active?: boolean;
    organisationId?: string;
    countryCode?: string;
  } = {},
) {
  sequence += 1;
  const passwordHash = overrides.password
    ? await argon2.hash(overrides.password, {
        type: argon2.argon2id,
        timeCost: 2,
        memoryCost: 4096,
      })
    : null;
  return db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${sequence}@test.example`,
      name: `${role} ${sequence}`,
      role,
      passwordHash,
      active: overrides.active ?? true,
      organisationId: overrides.organisationId,
      countryCode: overrides.countryCode,
    },
  });
}

export function asActor(user: {
  id: string;
  role: Role;
  countryCode: string | null;
  organisationId: string | null;
}): Actor {
  return {
    id: user.id,
    role: user.role,
    countryCode: user.countryCode,
    organisationId: user.organisationId,
  };
}

export async function makeActor(role: Role, overrides: Parameters<typeof makeUser>[1] = {}) {
  return asActor(await makeUser(role, overrides));
}

/** Row counts of every table a command may write, to prove that a refusal wrote nothing. */
export async function rowCounts() {
  const [users, organisations, invitations, auditEvents] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.invitation.count(),
    db.auditEvent.count(),
  ]);
  return { users, organisations, invitations, auditEvents };
}

/**
 * The accounts an end-to-end spec's data script makes for itself: `account(key, role, country)`
 * signs up `<key>-<token>@<spec>.example` with one password for the run, and gives back what the
 * spec signs in with and asserts on.
 */
export function specAccounts(spec: string, token: string) {
  const password = `${spec} spec ${token}`;
  return async (key: string, role: Role, countryCode?: string) => {
    const user = await makeUser(role, {
      email: `${key}-${token}@${spec}.example`.toLowerCase(),
      password,
      countryCode,
    });
    return { id: user.id, email: user.email, password, name: user.name, role, countryCode };
  };
}
