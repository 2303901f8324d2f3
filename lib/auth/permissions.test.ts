import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  type Actor,
  assertCan,
  auditReadScope,
  can,
  ForbiddenError,
  type GlobalPermission,
  PERMISSIONS,
  type SessionAccess,
} from "./permissions";

const actor = (role: Role, countryCode: string | null = "RO", id = `${role}-id`): Actor => ({
  id,
  role,
  countryCode,
  organisationId: null,
});

/** Who may do what, written out in full so that a change to a rule shows up here. */
const GLOBAL: Record<GlobalPermission, Role[]> = {
  "user.list": ["ADMIN"],
  "user.create": ["ADMIN"],
  "organisation.list": ["ADMIN"],
  "organisation.create": ["ADMIN"],
  "wise.list": ["ADMIN", "FACILITATOR", "PARTNER"],
  "wise.create": ["ADMIN", "FACILITATOR"],
  "wise.import": ["ADMIN", "FACILITATOR"],
  "grid.read": ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"],
  "grid.manage": ["ADMIN"],
  "session.list": ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"],
  "session.create": ["ADMIN", "FACILITATOR"],
  "session.coFacilitate": ["ADMIN", "FACILITATOR"],
  "results.review": ["ADMIN", "FACILITATOR", "PARTNER"],
  "results.compareCountries": ["ADMIN"],
  "summary.read": ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"],
  "bundle.import": ["ADMIN"],
  "audit.read": ["ADMIN", "PARTNER"],
  "language.list": ["ADMIN", "PARTNER"],
  "skillFramework.manage": ["ADMIN"],
  "survey.list": ["ADMIN", "FACILITATOR", "PARTNER"],
  "caseStudy.list": ["ADMIN", "FACILITATOR", "PARTNER"],
  "goodPractice.read": ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"],
  "report.list": ["ADMIN", "FACILITATOR", "PARTNER"],
};
const TARGETED = [
  "caseStudy.read",
  "caseStudy.create",
  "caseStudy.update",
  "caseStudy.review",
  "goodPractice.create",
  "goodPractice.update",
  "goodPractice.publish",
  "report.read",
  "report.edit",
  "user.update",
  "user.deactivate",
  "user.invite",
  "user.exportData",
  "user.erase",
  "wise.read",
  "wise.update",
  "wise.readWorkerCounts",
  "session.read",
  "session.manage",
  "session.reopen",
  "evaluation.score",
  "classification.decide",
  "classification.propose",
  "results.read",
  "review.write",
  "review.reply",
  "session.publish",
  "summary.readSession",
  "live.control",
  "live.follow",
  "live.participate",
  "language.review",
  "content.correct",
  "survey.create",
  "survey.read",
  "survey.manage",
  "skills.readGaps",
  "trainingOffer.manage",
  "plan.manage",
  "survey.interview",
];

const ROLES: Role[] = ["ADMIN", "FACILITATOR", "PARTNER", "PARTICIPANT"];

const session = (overrides: Partial<SessionAccess> = {}): SessionAccess => ({
  facilitatorId: "lead",
  countryCode: "RO",
  status: "OPEN",
  membership: null,
  ...overrides,
});

describe("permissions", () => {
  for (const [permission, allowed] of Object.entries(GLOBAL) as [GlobalPermission, Role[]][]) {
    for (const role of ROLES) {
      it(`${permission}: ${role} ${allowed.includes(role) ? "may" : "may not"}`, () => {
        expect(can(actor(role), permission)).toBe(allowed.includes(role));
      });
    }
  }

  it("the tests cover every permission that exists", () => {
    expect([...Object.keys(GLOBAL), ...TARGETED].sort()).toEqual([...PERMISSIONS].sort());
  });

  it("skills: partners their own country's gaps, offers and plans; admins every country's", () => {
    const ro = { countryCode: "RO" };
    const be = { countryCode: "BE" };
    for (const permission of ["skills.readGaps", "trainingOffer.manage", "plan.manage"] as const) {
      expect(can(actor("PARTNER", "RO"), permission, ro)).toBe(true);
      expect(can(actor("PARTNER", "RO"), permission, be)).toBe(false);
      expect(can(actor("ADMIN", null), permission, be)).toBe(true);
      expect(can(actor("PARTICIPANT", "RO"), permission, ro)).toBe(false);
    }
    expect(can(actor("FACILITATOR", "RO"), "skills.readGaps", ro)).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "plan.manage", be)).toBe(false);
    expect(can(actor("FACILITATOR", "RO"), "trainingOffer.manage", ro)).toBe(false);
  });

  it("only admins act on other users, and no admin can deactivate themselves", () => {
    const admin = actor("ADMIN");
    expect(can(admin, "user.update", { id: "someone" })).toBe(true);
    expect(can(admin, "user.deactivate", { id: "someone" })).toBe(true);
    expect(can(admin, "user.deactivate", { id: admin.id })).toBe(false);
    expect(can(actor("FACILITATOR"), "user.update", { id: "someone" })).toBe(false);
    expect(can(actor("PARTNER"), "user.invite", { id: "someone" })).toBe(false);
  });

  it("a partner reads WISEs and sessions of their own country only", () => {
    const partner = actor("PARTNER", "RO");
    expect(can(partner, "wise.read", { countryCode: "RO" })).toBe(true);
    expect(can(partner, "wise.read", { countryCode: "BE" })).toBe(false);
    expect(can(partner, "session.read", session({ countryCode: "RO" }))).toBe(true);
    expect(can(partner, "session.read", session({ countryCode: "BE" }))).toBe(false);
    expect(can(partner, "session.manage", session({ countryCode: "RO" }))).toBe(false);
  });

  it("a facilitator edits WISEs of their own country only, or of all when they have none", () => {
    expect(can(actor("FACILITATOR", "RO"), "wise.update", { countryCode: "RO" })).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "wise.update", { countryCode: "BE" })).toBe(false);
    expect(can(actor("FACILITATOR", null), "wise.update", { countryCode: "BE" })).toBe(true);
    expect(can(actor("ADMIN", null), "wise.update", { countryCode: "BE" })).toBe(true);
    expect(can(actor("PARTNER", "BE"), "wise.update", { countryCode: "BE" })).toBe(false);
  });

  it("exact worker counts only for admins and the WISE's own country's facilitators and partners", () => {
    const ro = { countryCode: "RO" };
    expect(can(actor("ADMIN", null), "wise.readWorkerCounts", ro)).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "wise.readWorkerCounts", ro)).toBe(true);
    expect(can(actor("PARTNER", "RO"), "wise.readWorkerCounts", ro)).toBe(true);
    expect(can(actor("FACILITATOR", "BE"), "wise.readWorkerCounts", ro)).toBe(false);
    expect(can(actor("PARTNER", "BE"), "wise.readWorkerCounts", ro)).toBe(false);
    expect(can(actor("PARTICIPANT", "RO"), "wise.readWorkerCounts", ro)).toBe(false);
  });

  it("interviews for a survey: its country's facilitators and partners (and admins), no one else", () => {
    const ro = { countryCode: "RO" };
    expect(can(actor("ADMIN", null), "survey.interview", ro)).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "survey.interview", ro)).toBe(true);
    expect(can(actor("FACILITATOR", null), "survey.interview", ro)).toBe(true);
    expect(can(actor("PARTNER", "RO"), "survey.interview", ro)).toBe(true);
    expect(can(actor("FACILITATOR", "BE"), "survey.interview", ro)).toBe(false);
    expect(can(actor("PARTNER", "BE"), "survey.interview", ro)).toBe(false);
    expect(can(actor("PARTICIPANT", "RO"), "survey.interview", ro)).toBe(false);
  });

  it("only an admin exports or erases a person's data, and not their own account", () => {
    const admin = actor("ADMIN");
    expect(can(admin, "user.exportData", { id: "someone" })).toBe(true);
    expect(can(admin, "user.erase", { id: "someone" })).toBe(true);
    expect(can(admin, "user.erase", { id: admin.id })).toBe(false);
    for (const role of ["FACILITATOR", "PARTNER", "PARTICIPANT"] as const) {
      expect(can(actor(role), "user.exportData", { id: "someone" })).toBe(false);
      expect(can(actor(role), "user.erase", { id: "someone" })).toBe(false);
    }
  });

  it("a facilitator manages their own sessions, not another facilitator's", () => {
    const lead = actor("FACILITATOR", "RO", "lead");
    const other = actor("FACILITATOR", "RO", "other");
    expect(can(lead, "session.manage", session())).toBe(true);
    expect(can(other, "session.read", session())).toBe(false);
    expect(can(other, "session.manage", session())).toBe(false);
    expect(can(other, "evaluation.score", session())).toBe(false);
    const coLead = session({ membership: { role: "CO_FACILITATOR", canScore: true } });
    expect(can(other, "session.manage", coLead)).toBe(true);
    expect(can(other, "evaluation.score", coLead)).toBe(true);
  });

  it("a facilitator demoted to participant loses at once the sessions they led or co-led", () => {
    const demoted = actor("PARTICIPANT", "RO", "lead");
    const led = session({ status: "OPEN" });
    for (const permission of ["session.manage", "live.control", "classification.decide"] as const) {
      expect(can(demoted, permission, led), permission).toBe(false);
    }
    expect(can(demoted, "evaluation.score", led)).toBe(false);
    expect(can(demoted, "session.publish", session({ status: "CLOSED" }))).toBe(false);
    expect(can(demoted, "session.reopen", session({ status: "CLOSED" }))).toBe(false);
    const coLed = session({ membership: { role: "CO_FACILITATOR", canScore: true } });
    expect(can(actor("PARTICIPANT", "RO", "other"), "session.manage", coLed)).toBe(false);
  });

  it("an imported session is read-only: no scoring, classifying or reopening, still readable", () => {
    const lead = actor("FACILITATOR", "RO", "lead");
    const imported = session({ imported: true });
    expect(can(lead, "evaluation.score", imported)).toBe(false);
    expect(can(lead, "classification.decide", imported)).toBe(false);
    expect(can(lead, "session.reopen", session({ imported: true, status: "CLOSED" }))).toBe(false);
    expect(can(lead, "session.read", imported)).toBe(true);
    expect(can(lead, "results.read", imported)).toBe(true);
  });

  it("scoring happens only in an OPEN session", () => {
    const lead = actor("FACILITATOR", "RO", "lead");
    for (const status of ["DRAFT", "CLOSED", "PUBLISHED"] as const) {
      expect(can(lead, "evaluation.score", session({ status }))).toBe(false);
    }
    expect(can(lead, "evaluation.score", session({ status: "OPEN" }))).toBe(true);
  });

  it("a participant scores and proposes a model only when invited to score", () => {
    const participant = actor("PARTICIPANT");
    const member = session({ membership: { role: "PARTICIPANT", canScore: false } });
    const scorer = session({ membership: { role: "PARTICIPANT", canScore: true } });
    expect(can(participant, "session.read", member)).toBe(true);
    expect(can(participant, "evaluation.score", member)).toBe(false);
    expect(can(participant, "classification.propose", member)).toBe(false);
    expect(can(participant, "evaluation.score", scorer)).toBe(true);
    expect(can(participant, "classification.propose", scorer)).toBe(true);
    expect(can(participant, "session.read", session())).toBe(false);
  });

  it("only the session's own facilitator reopens it, and only once closed", () => {
    const lead = actor("FACILITATOR", "RO", "lead");
    const coLead = actor("FACILITATOR", "RO", "co");
    const closed = session({ status: "CLOSED", membership: null });
    expect(can(lead, "session.reopen", closed)).toBe(true);
    expect(can(lead, "session.reopen", session({ status: "OPEN" }))).toBe(false);
    expect(
      can(
        coLead,
        "session.reopen",
        session({ status: "CLOSED", membership: { role: "CO_FACILITATOR", canScore: true } }),
      ),
    ).toBe(false);
    expect(can(actor("ADMIN"), "session.reopen", closed)).toBe(false);
  });

  it("results are for the team and the country's partner, once scoring has started", () => {
    const partnerRo = actor("PARTNER", "RO");
    const partnerBe = actor("PARTNER", "BE");
    const participant = actor("PARTICIPANT");
    const closed = session({ status: "CLOSED" });
    expect(can(partnerRo, "results.read", closed)).toBe(true);
    expect(can(partnerBe, "results.read", closed)).toBe(false);
    expect(can(actor("FACILITATOR", "RO", "lead"), "results.read", closed)).toBe(true);
    expect(
      can(
        participant,
        "results.read",
        session({ status: "CLOSED", membership: { role: "PARTICIPANT", canScore: true } }),
      ),
    ).toBe(false);
    expect(can(partnerRo, "results.read", session({ status: "DRAFT" }))).toBe(false);
  });

  it("the partner reviews a closed session; the team replies and publishes", () => {
    const partner = actor("PARTNER", "RO");
    const lead = actor("FACILITATOR", "RO", "lead");
    expect(can(partner, "review.write", session({ status: "CLOSED" }))).toBe(true);
    expect(can(partner, "review.write", session({ status: "OPEN" }))).toBe(false);
    expect(can(actor("PARTNER", "BE"), "review.write", session({ status: "CLOSED" }))).toBe(false);
    expect(can(lead, "review.write", session({ status: "CLOSED" }))).toBe(false);
    expect(can(lead, "review.reply", session({ status: "CLOSED" }))).toBe(true);
    expect(can(lead, "session.publish", session({ status: "CLOSED" }))).toBe(true);
    expect(can(partner, "session.publish", session({ status: "CLOSED" }))).toBe(false);
  });

  it("a summary is read by the session's people and partner once published", () => {
    const member = session({
      status: "PUBLISHED",
      membership: { role: "PARTICIPANT", canScore: false },
    });
    expect(can(actor("PARTICIPANT"), "summary.readSession", member)).toBe(true);
    expect(can(actor("PARTICIPANT"), "summary.readSession", { ...member, status: "CLOSED" })).toBe(
      false,
    );
    expect(can(actor("PARTICIPANT"), "summary.readSession", session({ status: "PUBLISHED" }))).toBe(
      false,
    );
    expect(
      can(actor("PARTNER", "RO"), "summary.readSession", session({ status: "PUBLISHED" })),
    ).toBe(true);
  });

  it("the session's facilitators run the live part; partners and participants do not", () => {
    expect(can(actor("FACILITATOR", "RO", "lead"), "live.control", session())).toBe(true);
    expect(can(actor("ADMIN"), "live.control", session())).toBe(true);
    const coLead = session({ membership: { role: "CO_FACILITATOR", canScore: true } });
    expect(can(actor("FACILITATOR", "RO", "co"), "live.control", coLead)).toBe(true);
    expect(can(actor("FACILITATOR", "RO", "other"), "live.control", session())).toBe(false);
    expect(can(actor("PARTNER", "RO"), "live.control", session())).toBe(false);
    const scorer = session({ membership: { role: "PARTICIPANT", canScore: true } });
    expect(can(actor("PARTICIPANT"), "live.control", scorer)).toBe(false);
  });

  it("a guest follows their own running live session and scores only once admitted", () => {
    const guest = actor("PARTICIPANT", "RO", "guest");
    const standing = {
      userId: "guest",
      guestSessionId: "s1",
      sessionId: "s1",
      status: "ADMITTED" as const,
      sessionStatus: "OPEN" as const,
      liveEnded: false,
    };
    expect(can(guest, "live.follow", standing)).toBe(true);
    expect(can(guest, "live.participate", standing)).toBe(true);
    expect(can(guest, "live.follow", { ...standing, status: "WAITING" })).toBe(true);
    expect(can(guest, "live.participate", { ...standing, status: "WAITING" })).toBe(false);
    for (const ended of [
      { status: "REMOVED" as const },
      { liveEnded: true },
      { sessionStatus: "CLOSED" as const },
      { sessionId: "another session" },
      { userId: "someone else" },
    ]) {
      expect(can(guest, "live.follow", { ...standing, ...ended })).toBe(false);
      expect(can(guest, "live.participate", { ...standing, ...ended })).toBe(false);
    }
  });

  it("a partner with no country is not offered a review", () => {
    expect(can(actor("PARTNER", null), "results.review")).toBe(false);
  });

  it("a partner reads the audit trail of their own country only; without one, none", () => {
    expect(auditReadScope(actor("ADMIN"))).toEqual({ everything: true, countryCode: null });
    expect(auditReadScope(actor("PARTNER", "RO"))).toEqual({
      everything: false,
      countryCode: "RO",
    });
    expect(can(actor("PARTNER", null), "audit.read")).toBe(false);
  });

  it("a partner reviews and corrects their country's languages only; English is no one's", () => {
    for (const permission of ["language.review", "content.correct"] as const) {
      expect(can(actor("PARTNER", "RO"), permission, { locale: "ro" })).toBe(true);
      expect(can(actor("PARTNER", "RO"), permission, { locale: "fr" })).toBe(false);
      expect(can(actor("PARTNER", "BE"), permission, { locale: "fr" })).toBe(true);
      expect(can(actor("PARTNER", "BE"), permission, { locale: "nl" })).toBe(true);
      expect(can(actor("PARTNER", "BE"), permission, { locale: "ro" })).toBe(false);
      expect(can(actor("PARTNER", null), permission, { locale: "ro" })).toBe(false);
      expect(can(actor("FACILITATOR", "RO"), permission, { locale: "ro" })).toBe(false);
      expect(can(actor("ADMIN"), permission, { locale: "el" })).toBe(true);
      expect(can(actor("ADMIN"), permission, { locale: "en" })).toBe(false);
      expect(can(actor("PARTNER", "RO"), permission, { locale: "en" })).toBe(false);
    }
    expect(can(actor("PARTNER", "XX"), "language.list")).toBe(false);
  });

  it("nobody signed out may do anything", () => {
    for (const permission of Object.keys(GLOBAL) as GlobalPermission[]) {
      expect(can(null, permission)).toBe(false);
    }
  });

  it("assertCan throws a ForbiddenError naming the permission", () => {
    expect(() => assertCan(actor("PARTICIPANT"), "user.create")).toThrow(ForbiddenError);
    expect(() => assertCan(actor("ADMIN"), "user.create")).not.toThrow();
  });

  it("a survey belongs to its country's partner and facilitators, its author and its focus group's lead", () => {
    const romanian = { countryCode: "RO", createdById: "someone", sessionFacilitatorId: null };
    for (const permission of ["survey.create", "survey.read", "survey.manage"] as const) {
      expect(can(actor("ADMIN", null), permission, romanian)).toBe(true);
      expect(can(actor("PARTNER", "RO"), permission, romanian)).toBe(true);
      expect(can(actor("PARTNER", "BE"), permission, romanian)).toBe(false);
      expect(can(actor("FACILITATOR", "RO"), permission, romanian)).toBe(true);
      expect(can(actor("FACILITATOR", null), permission, romanian)).toBe(true);
      expect(can(actor("FACILITATOR", "BE"), permission, romanian)).toBe(false);
      const lead = actor("FACILITATOR", "BE", "lead");
      expect(can(lead, permission, { ...romanian, sessionFacilitatorId: "lead" })).toBe(true);
      expect(can(lead, permission, { ...romanian, createdById: "lead" })).toBe(true);
      // A partner is scoped by country alone, whoever made the survey.
      expect(can(actor("PARTNER", "BE", "p"), permission, { ...romanian, createdById: "p" })).toBe(
        false,
      );
      expect(can(actor("PARTICIPANT", "RO"), permission, romanian)).toBe(false);
    }
  });

  it("case studies: the country's partner writes, someone else of the country or an admin approves", () => {
    const study = { countryCode: "RO", authorId: "PARTNER-id" };
    expect(can(actor("PARTNER", "RO"), "caseStudy.create", { countryCode: "RO" })).toBe(true);
    expect(can(actor("PARTNER", "BE"), "caseStudy.create", { countryCode: "RO" })).toBe(false);
    expect(can(actor("FACILITATOR", "RO"), "caseStudy.create", { countryCode: "RO" })).toBe(false);
    expect(can(actor("FACILITATOR", "RO"), "caseStudy.read", { countryCode: "RO" })).toBe(true);
    expect(can(actor("PARTNER", "BE"), "caseStudy.read", { countryCode: "RO" })).toBe(false);
    expect(can(actor("PARTNER", "RO"), "caseStudy.update", study)).toBe(true);
    // The author does not approve their own study; another partner of Romania or an admin does.
    expect(can(actor("PARTNER", "RO"), "caseStudy.review", study)).toBe(false);
    expect(can(actor("PARTNER", "RO", "other"), "caseStudy.review", study)).toBe(true);
    expect(can(actor("PARTNER", "BE", "other"), "caseStudy.review", study)).toBe(false);
    expect(can(actor("ADMIN", null), "caseStudy.review", study)).toBe(true);
  });

  it("good practices: marked by the country's people, published by its partner, read by all", () => {
    const item = { countryCode: "RO", authorId: "FACILITATOR-id" };
    expect(can(actor("FACILITATOR", "RO"), "goodPractice.create", { countryCode: "RO" })).toBe(
      true,
    );
    expect(can(actor("FACILITATOR", "BE"), "goodPractice.create", { countryCode: "RO" })).toBe(
      false,
    );
    expect(can(actor("FACILITATOR", "RO"), "goodPractice.update", item)).toBe(true);
    expect(can(actor("FACILITATOR", "RO", "another"), "goodPractice.update", item)).toBe(false);
    expect(can(actor("PARTNER", "RO"), "goodPractice.update", item)).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "goodPractice.publish", { countryCode: "RO" })).toBe(
      false,
    );
    expect(can(actor("PARTNER", "RO"), "goodPractice.publish", { countryCode: "RO" })).toBe(true);
    expect(can(actor("PARTNER", "BE"), "goodPractice.publish", { countryCode: "RO" })).toBe(false);
  });

  it("reports: a country's by its partner, the European one by an admin", () => {
    const romania = { scope: "COUNTRY", countryCode: "RO" } as const;
    const europe = { scope: "EUROPE", countryCode: null } as const;
    expect(can(actor("PARTNER", "RO"), "report.edit", romania)).toBe(true);
    expect(can(actor("PARTNER", "BE"), "report.edit", romania)).toBe(false);
    expect(can(actor("PARTNER", "BE"), "report.read", romania)).toBe(false);
    expect(can(actor("FACILITATOR", "RO"), "report.read", romania)).toBe(true);
    expect(can(actor("FACILITATOR", "RO"), "report.edit", romania)).toBe(false);
    expect(can(actor("PARTNER", "RO"), "report.edit", europe)).toBe(false);
    expect(can(actor("PARTNER", "RO"), "report.read", europe)).toBe(true);
    expect(can(actor("ADMIN", null), "report.edit", europe)).toBe(true);
    expect(can(actor("PARTICIPANT", "RO"), "report.read", europe)).toBe(false);
  });
});
