import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_PERMISSIONS, type Actor, assertCan, can, ForbiddenError, type GlobalPermission } from "./permissions";

const actor = (role: Role, countryCode: string | null = "RO"): Actor => ({
  id: `${role}-id`,
  role,
  countryCode,
  organisationId: null,
});

/** Who may do what, written out in full so that a change to a rule shows up here. */
const EXPECTED: Record<GlobalPermission, Role[]> = {
  "user.list": ["ADMIN"],
  "user.create": ["ADMIN"],
  "organisation.list": ["ADMIN"],
  "organisation.create": ["ADMIN"],
  "session.prepare": ["ADMIN", "FACILITATOR"],
  "session.score": ["ADMIN", "FACILITATOR", "PARTICIPANT"],
  "results.review": ["ADMIN", "FACILITATOR", "PARTNER"],
  "results.compareCountries": ["ADMIN"],
  "summary.read": ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"],
};

const ROLES: Role[] = ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"];

describe("permissions", () => {
  for (const [permission, allowed] of Object.entries(EXPECTED) as [GlobalPermission, Role[]][]) {
    for (const role of ROLES) {
      it(`${permission}: ${role} ${allowed.includes(role) ? "may" : "may not"}`, () => {
        expect(can(actor(role), permission)).toBe(allowed.includes(role));
      });
    }
  }

  it("covers every permission that exists", () => {
    const targeted = ["user.update", "user.deactivate", "user.invite"];
    expect([...Object.keys(EXPECTED), ...targeted].sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it("only admins act on other users, and no admin can deactivate themselves", () => {
    const admin = actor("ADMIN");
    expect(can(admin, "user.update", { id: "someone" })).toBe(true);
    expect(can(admin, "user.deactivate", { id: "someone" })).toBe(true);
    expect(can(admin, "user.deactivate", { id: admin.id })).toBe(false);
    expect(can(actor("FACILITATOR"), "user.update", { id: "someone" })).toBe(false);
    expect(can(actor("PARTNER"), "user.invite", { id: "someone" })).toBe(false);
  });

  it("a partner with no country is not offered a review", () => {
    expect(can(actor("PARTNER", null), "results.review")).toBe(false);
  });

  it("nobody signed out may do anything", () => {
    for (const permission of Object.keys(EXPECTED) as GlobalPermission[]) {
      expect(can(null, permission)).toBe(false);
    }
  });

  it("assertCan throws a ForbiddenError naming the permission", () => {
    expect(() => assertCan(actor("PARTICIPANT"), "user.create")).toThrow(ForbiddenError);
    expect(() => assertCan(actor("ADMIN"), "user.create")).not.toThrow();
  });
});
