import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { wiseReadScope } from "./scope";

const actor = (role: Role, countryCode: string | null = "RO"): Actor => ({
  id: "u1",
  role,
  countryCode,
  organisationId: null,
});

describe("wiseReadScope", () => {
  it("lets admins and facilitators list every country", () => {
    expect(wiseReadScope(actor("ADMIN", null))).toEqual({ allCountries: true });
    expect(wiseReadScope(actor("FACILITATOR"))).toEqual({ allCountries: true });
  });

  it("limits a partner to their own country, and to nothing without one", () => {
    expect(wiseReadScope(actor("PARTNER", "RO"))).toEqual({
      allCountries: false,
      countryCodes: ["RO"],
    });
    expect(wiseReadScope(actor("PARTNER", null))).toEqual({
      allCountries: false,
      countryCodes: [],
    });
  });

  it("gives participants nothing", () => {
    expect(wiseReadScope(actor("PARTICIPANT", "RO"))).toEqual({
      allCountries: false,
      countryCodes: [],
    });
  });

  it("agrees with wise.read for every role and country", () => {
    const roles: Role[] = ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"];
    for (const role of roles) {
      for (const own of ["RO", "BE", null]) {
        const subject = actor(role, own);
        const scope = wiseReadScope(subject);
        for (const countryCode of ["RO", "BE", "IT"]) {
          const listed = scope.allCountries || scope.countryCodes.includes(countryCode);
          expect(listed, `${role}/${own} → ${countryCode}`).toBe(
            can(subject, "wise.read", { countryCode }),
          );
        }
      }
    }
  });
});
