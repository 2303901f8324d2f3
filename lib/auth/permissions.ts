import type {
  LiveParticipantStatus,
  Role,
  SessionMemberRole,
  SessionStatus,
} from "@/lib/generated/prisma/enums";
import { languagesOfCountry } from "@/lib/i18n/country-languages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/**
 * The one place that decides who may do what. Pages, server actions and route handlers ask
 * `can` / `assertCan` with a permission named `entity.verb` and, where the rule depends on it,
 * the concrete object acted on. No other module compares roles.
 */
export type Actor = {
  id: string;
  role: Role;
  countryCode: string | null;
  organisationId: string | null;
};

type UserTarget = { id: string };
/** A language of the app's texts, by its locale code ("ro"). */
type LanguageTarget = { locale: string };
/** A skills survey (or one about to be made): its country, author and focus group's lead. */
export type SurveyAccess = {
  countryCode: string;
  createdById: string | null;
  sessionFacilitatorId: string | null;
};
type CountryTarget = { countryCode: string };
/** A case study: its WISE's country and who wrote it. */
export type CaseStudyAccess = { countryCode: string; authorId: string };
/** A good practice: its country and who marked it. */
export type GoodPracticeAccess = { countryCode: string; authorId: string };
/** A report: a country's (countryCode set) or the European one (scope EUROPE, countryCode null). */
export type ReportAccess = { scope: "COUNTRY" | "EUROPE"; countryCode: string | null };

/** What the rules need to know about a session, including the actor's own place in it. */
export type SessionAccess = {
  facilitatorId: string;
  countryCode: string;
  status: SessionStatus;
  membership: { role: SessionMemberRole; canScore: boolean } | null;
  /**
   * Imported from another installation's bundle: read-only here, as a later import of the same
   * bundle brings it to the source's state (docs/decisions/0008). Absent: a local session.
   */
  imported?: boolean;
};

/**
 * A live-session guest's standing, for the guest rules: whose guest record it is, in which
 * session, with what status, and whether the session is still OPEN and its live part running.
 */
export type LiveGuestAccess = {
  userId: string;
  guestSessionId: string;
  sessionId: string;
  status: LiveParticipantStatus;
  sessionStatus: SessionStatus;
  liveEnded: boolean;
};

type Rules = {
  "user.list": () => boolean;
  "user.create": () => boolean;
  "user.update": (target: UserTarget) => boolean;
  "user.deactivate": (target: UserTarget) => boolean;
  "user.invite": (target: UserTarget) => boolean;
  /** Export or erase everything the app holds about one person (GDPR arts. 15, 17). */
  "user.exportData": (target: UserTarget) => boolean;
  "user.erase": (target: UserTarget) => boolean;
  "organisation.list": () => boolean;
  "organisation.create": () => boolean;
  "wise.list": () => boolean;
  "wise.read": (target: CountryTarget) => boolean;
  "wise.create": () => boolean;
  "wise.update": (target: CountryTarget) => boolean;
  /** Exact counts per support-need category; everyone else gets them through the suppression rule. */
  "wise.readWorkerCounts": (target: CountryTarget) => boolean;
  "wise.import": () => boolean;
  "grid.read": () => boolean;
  "grid.manage": () => boolean;
  "session.list": () => boolean;
  "session.create": () => boolean;
  /** Asked of the person being added as a co-facilitator, not of the one adding them. */
  "session.coFacilitate": () => boolean;
  "session.read": (target: SessionAccess) => boolean;
  "session.manage": (target: SessionAccess) => boolean;
  "session.reopen": (target: SessionAccess) => boolean;
  "evaluation.score": (target: SessionAccess) => boolean;
  "classification.decide": (target: SessionAccess) => boolean;
  "classification.propose": (target: SessionAccess) => boolean;
  "results.review": () => boolean;
  "results.read": (target: SessionAccess) => boolean;
  "review.write": (target: SessionAccess) => boolean;
  "review.reply": (target: SessionAccess) => boolean;
  "session.publish": (target: SessionAccess) => boolean;
  "summary.readSession": (target: SessionAccess) => boolean;
  "bundle.import": () => boolean;
  "results.compareCountries": () => boolean;
  "summary.read": () => boolean;
  /** Run the room: start, admit and remove guests, move through the agenda, reveal, end. */
  "live.control": (target: SessionAccess) => boolean;
  /** A guest follows their session's live state (also while waiting to be admitted). */
  "live.follow": (target: LiveGuestAccess) => boolean;
  /** A guest scores and reads the reveal: admitted, and only while the live part runs. */
  "live.participate": (target: LiveGuestAccess) => boolean;
  /** Read the audit trail: admins all of it, a partner their country's (see auditReadScope). */
  "audit.read": () => boolean;
  /** See every language's review status (the languages page). */
  "language.list": () => boolean;
  /** Mark a language reviewed, or back to draft: an admin, or a partner of that language. */
  "language.review": (target: LanguageTarget) => boolean;
  /** Correct a language's grid wording and summary texts: an admin, or a partner of it. */
  "content.correct": (target: LanguageTarget) => boolean;
  /** Skills survey (issue 11): version the skills framework and edit its wording. */
  "skillFramework.manage": () => boolean;
  "survey.list": () => boolean;
  /** Make a survey of this country's WISEs (createdById null: the one being made). */
  "survey.create": (target: SurveyAccess) => boolean;
  /** Links, codes, QR sheet and response counts (never who answered what). */
  "survey.read": (target: SurveyAccess) => boolean;
  /** Remind and close. */
  "survey.manage": (target: SurveyAccess) => boolean;
  /** Skills gap maps and their exports: a country's, or every country's and Europe's for admins. */
  "skills.readGaps": (target: CountryTarget) => boolean;
  /** Keep the training offers of a country's catalogue. */
  "trainingOffer.manage": (target: CountryTarget) => boolean;
  /** Propose, adopt and follow a WISE's development plan. */
  "plan.manage": (target: CountryTarget) => boolean;
  /** Record a staff member's survey answers face to face, for a survey of this country. */
  "survey.interview": (target: CountryTarget) => boolean;
  /** Case studies (issue 12): the country's partner writes them; the network reviews them. */
  "caseStudy.list": () => boolean;
  "caseStudy.read": (target: CountryTarget) => boolean;
  "caseStudy.create": (target: CountryTarget) => boolean;
  "caseStudy.update": (target: CaseStudyAccess) => boolean;
  /** Approve or ask for changes: an admin, or a partner of the country who did not write it. */
  "caseStudy.review": (target: CaseStudyAccess) => boolean;
  /** The good-practice library: every signed-in user reads it; published items everyone. */
  "goodPractice.read": () => boolean;
  "goodPractice.create": (target: CountryTarget) => boolean;
  "goodPractice.update": (target: GoodPracticeAccess) => boolean;
  /** Make an item public: its country's partner (or an admin). */
  "goodPractice.publish": (target: CountryTarget) => boolean;
  "report.list": () => boolean;
  /** Drafts and releases: a country report its country's partners and facilitators, the European one the network's staff. */
  "report.read": (target: ReportAccess) => boolean;
  /** Build, write and release: a country report its partner, the European report an admin. */
  "report.edit": (target: ReportAccess) => boolean;
};

export type Permission = keyof Rules;
export type PermissionTarget<P extends Permission> = Parameters<Rules[P]>[0];
/** Permissions that do not depend on a concrete object (menus, home page). */
export type GlobalPermission = {
  [P in Permission]: PermissionTarget<P> extends undefined ? P : never;
}[Permission];

function rulesFor(actor: Actor): Rules {
  const isAdmin = actor.role === "ADMIN";
  const isFacilitator = actor.role === "FACILITATOR";
  const isPartner = actor.role === "PARTNER";
  const ofOwnCountry = (target: CountryTarget) =>
    isPartner && actor.countryCode === target.countryCode;
  // A facilitator with a country works on that country's WISEs; one without a country on all.
  const facilitatesCountry = (target: CountryTarget) =>
    isFacilitator && (actor.countryCode === null || actor.countryCode === target.countryCode);
  // Leading a session is a facilitator's power: someone demoted since loses it at once, on the
  // sessions they led or co-led too (the role is read afresh on every request).
  const mayLead = isAdmin || isFacilitator;
  const leads = (session: SessionAccess) => mayLead && session.facilitatorId === actor.id;
  const coLeads = (session: SessionAccess) =>
    mayLead && session.membership?.role === "CO_FACILITATOR";
  // A guest's access ends with the live part or the session, whatever the cookie says.
  const guestInRunningLive = (guest: LiveGuestAccess) =>
    guest.userId === actor.id &&
    guest.guestSessionId === guest.sessionId &&
    guest.sessionStatus === "OPEN" &&
    !guest.liveEnded;
  const partnerLanguages = isPartner ? languagesOfCountry(actor.countryCode) : [];
  const partnerOf = (language: LanguageTarget) => partnerLanguages.includes(language.locale);
  const speaksAPartnerLanguage = partnerLanguages.length > 0;
  // Surveys: a partner their country's; a facilitator their country's, those they made and those
  // of the focus groups they lead (a facilitator may lead a session abroad).
  const runsSurveysOf = (survey: SurveyAccess) =>
    isAdmin ||
    ofOwnCountry(survey) ||
    facilitatesCountry(survey) ||
    (isFacilitator &&
      (survey.createdById === actor.id || survey.sessionFacilitatorId === actor.id));
  const invitedToScore = (session: SessionAccess) =>
    session.membership?.role === "PARTICIPANT" && session.membership.canScore;
  return {
    "user.list": () => isAdmin,
    "user.create": () => isAdmin,
    "user.update": () => isAdmin,
    // An admin cannot lock themselves out: another admin must do it.
    "user.deactivate": (target) => isAdmin && target.id !== actor.id,
    "user.invite": () => isAdmin,
    "user.exportData": () => isAdmin,
    // Like deactivation: an admin's own account is erased by another admin.
    "user.erase": (target) => isAdmin && target.id !== actor.id,
    "organisation.list": () => isAdmin,
    "organisation.create": () => isAdmin,
    "wise.list": () => isAdmin || isFacilitator || isPartner,
    "wise.read": (wise) => isAdmin || isFacilitator || ofOwnCountry(wise),
    "wise.create": () => isAdmin || isFacilitator,
    "wise.update": (wise) => isAdmin || facilitatesCountry(wise),
    // Whoever may edit the counts sees them; so does the country's partner.
    "wise.readWorkerCounts": (wise) => isAdmin || facilitatesCountry(wise) || ofOwnCountry(wise),
    "wise.import": () => isAdmin || isFacilitator,
    "grid.read": () => true,
    "grid.manage": () => isAdmin,
    "session.list": () => true,
    "session.create": () => isAdmin || isFacilitator,
    "session.coFacilitate": () => isAdmin || isFacilitator,
    "session.read": (session) =>
      isAdmin || leads(session) || session.membership !== null || ofOwnCountry(session),
    "session.manage": (session) => isAdmin || leads(session) || coLeads(session),
    // Reopening unlocks scores that others relied on: only the session's own facilitator may.
    "session.reopen": (session) =>
      !session.imported && leads(session) && session.status === "CLOSED",
    "evaluation.score": (session) =>
      !session.imported &&
      session.status === "OPEN" &&
      (leads(session) || coLeads(session) || invitedToScore(session)),
    "classification.decide": (session) =>
      !session.imported &&
      (session.status === "OPEN" || session.status === "CLOSED") &&
      (leads(session) || coLeads(session)),
    "classification.propose": (session) =>
      !session.imported && session.status === "OPEN" && invitedToScore(session),
    // A partner without a country could see nothing, so they are not offered the review at all.
    "results.review": () => isAdmin || isFacilitator || (isPartner && actor.countryCode !== null),
    "results.compareCountries": () => isAdmin,
    // Results name no rater but show individual spreads: the team and the country's partner only.
    "results.read": (session) =>
      session.status !== "DRAFT" &&
      (isAdmin || leads(session) || coLeads(session) || ofOwnCountry(session)),
    "review.write": (session) => session.status === "CLOSED" && ofOwnCountry(session),
    "review.reply": (session) =>
      session.status === "CLOSED" && (leads(session) || coLeads(session)),
    // Whether the partner approved is checked by the publishing command on the review history.
    "session.publish": (session) =>
      session.status === "CLOSED" && (isAdmin || leads(session) || coLeads(session)),
    "summary.readSession": (session) =>
      session.status === "PUBLISHED" &&
      (isAdmin || leads(session) || session.membership !== null || ofOwnCountry(session)),
    "bundle.import": () => isAdmin,
    "summary.read": () => true,
    "live.control": (session) => isAdmin || leads(session) || coLeads(session),
    "live.follow": (guest) => guestInRunningLive(guest) && guest.status !== "REMOVED",
    "live.participate": (guest) => guestInRunningLive(guest) && guest.status === "ADMITTED",
    "audit.read": () => isAdmin || (isPartner && actor.countryCode !== null),
    "language.list": () => isAdmin || speaksAPartnerLanguage,
    // English is the reference, never a translation to review or correct.
    "language.review": (language) =>
      language.locale !== DEFAULT_LOCALE && (isAdmin || partnerOf(language)),
    "content.correct": (language) =>
      language.locale !== DEFAULT_LOCALE && (isAdmin || partnerOf(language)),
    "skillFramework.manage": () => isAdmin,
    "survey.list": () => isAdmin || isFacilitator || (isPartner && actor.countryCode !== null),
    "survey.create": (survey) => runsSurveysOf(survey),
    "survey.read": (survey) => runsSurveysOf(survey),
    "survey.manage": (survey) => runsSurveysOf(survey),
    // Aggregates only (the suppression rule hides small cells): the country's people who run surveys.
    "skills.readGaps": (target) => isAdmin || ofOwnCountry(target) || facilitatesCountry(target),
    "trainingOffer.manage": (target) => isAdmin || ofOwnCountry(target),
    "plan.manage": (target) => isAdmin || ofOwnCountry(target) || facilitatesCountry(target),
    "survey.interview": (survey) => isAdmin || facilitatesCountry(survey) || ofOwnCountry(survey),
    "caseStudy.list": () => isAdmin || isFacilitator || (isPartner && actor.countryCode !== null),
    "caseStudy.read": (target) => isAdmin || ofOwnCountry(target) || facilitatesCountry(target),
    "caseStudy.create": (target) => isAdmin || ofOwnCountry(target),
    "caseStudy.update": (study) => isAdmin || ofOwnCountry(study),
    // Four eyes: whoever wrote a study does not approve it.
    "caseStudy.review": (study) => study.authorId !== actor.id && (isAdmin || ofOwnCountry(study)),
    // Every signed-in user, participants too (a live guest is never a signed-in actor).
    "goodPractice.read": () => true,
    "goodPractice.create": (target) =>
      isAdmin || ofOwnCountry(target) || facilitatesCountry(target),
    "goodPractice.update": (item) =>
      isAdmin || ofOwnCountry(item) || (facilitatesCountry(item) && item.authorId === actor.id),
    "goodPractice.publish": (target) => isAdmin || ofOwnCountry(target),
    "report.list": () => isAdmin || isFacilitator || (isPartner && actor.countryCode !== null),
    "report.read": (report) =>
      report.scope === "EUROPE"
        ? isAdmin || isFacilitator || isPartner
        : report.countryCode !== null &&
          (isAdmin ||
            ofOwnCountry({ countryCode: report.countryCode }) ||
            facilitatesCountry({ countryCode: report.countryCode })),
    "report.edit": (report) =>
      report.scope === "EUROPE"
        ? isAdmin
        : report.countryCode !== null &&
          (isAdmin || ofOwnCountry({ countryCode: report.countryCode })),
  };
}

export function can<P extends Permission>(
  actor: Actor | null | undefined,
  permission: P,
  ...target: PermissionTarget<P> extends undefined ? [] : [PermissionTarget<P>]
): boolean {
  if (!actor) return false;
  const rule = rulesFor(actor)[permission] as (t?: unknown) => boolean;
  return rule(target[0]);
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan<P extends Permission>(
  actor: Actor | null | undefined,
  permission: P,
  ...target: PermissionTarget<P> extends undefined ? [] : [PermissionTarget<P>]
): asserts actor is Actor {
  if (!can(actor, permission, ...target)) throw new ForbiddenError(permission);
}

/**
 * Which sessions a list may show the actor, as data for the query: admins see every session;
 * everyone sees the sessions they lead or belong to; a partner also sees their country's.
 * Must agree with "session.read" (an integration test checks that it does).
 */
export function sessionReadScope(actor: Actor): {
  everything: boolean;
  countryCode: string | null;
} {
  if (actor.role === "ADMIN") return { everything: true, countryCode: null };
  return { everything: false, countryCode: actor.role === "PARTNER" ? actor.countryCode : null };
}

/**
 * Which audit entries the actor may read, as data for the query: admins every entry, a partner
 * those of objects in their country. Must agree with "audit.read".
 */
export function auditReadScope(actor: Actor): { everything: boolean; countryCode: string | null } {
  if (actor.role === "ADMIN") return { everything: true, countryCode: null };
  return { everything: false, countryCode: actor.role === "PARTNER" ? actor.countryCode : null };
}

/**
 * Which surveys a list may show the actor, as data for the query. Must agree with "survey.read"
 * (an integration test checks that it does).
 */
export function surveyReadScope(actor: Actor): {
  everything: boolean;
  countryCode: string | null;
  /** Also those the actor made or whose focus group they lead. */
  ownedBy: string | null;
} {
  if (actor.role === "ADMIN") return { everything: true, countryCode: null, ownedBy: null };
  if (actor.role === "FACILITATOR") {
    if (actor.countryCode === null) return { everything: true, countryCode: null, ownedBy: null };
    return { everything: false, countryCode: actor.countryCode, ownedBy: actor.id };
  }
  if (actor.role === "PARTNER") {
    return { everything: false, countryCode: actor.countryCode, ownedBy: null };
  }
  return { everything: false, countryCode: null, ownedBy: null };
}

/** Every permission name, for exhaustive tests. */
export const PERMISSIONS = Object.keys(
  rulesFor({ id: "", role: "PARTICIPANT", countryCode: null, organisationId: null }),
) as Permission[];
