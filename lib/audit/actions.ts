/**
 * Every action the trail records, named `entity.verb` like permissions. A command's `audit`
 * option takes one of these, and the audit page shows each in the reader's language (a unit
 * test checks that both catalogues name every one).
 */
export const AUDIT_ACTIONS = [
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.invite",
  "user.acceptInvitation",
  "organisation.create",
  "wise.create",
  "wise.update",
  "wise.import",
  "grid.createVersion",
  "grid.updateCategory",
  "grid.addCriterion",
  "grid.updateCriterion",
  "grid.removeCriterion",
  "session.create",
  "session.update",
  "session.changeStatus",
  "session.share.enable",
  "session.share.disable",
  "session.addMember",
  "session.removeMember",
  "session.setCanScore",
  "agenda.add",
  "agenda.remove",
  "agenda.move",
  "note.add",
  "note.delete",
  "review.write",
  "review.reply",
  "classification.decide",
  "classification.propose",
  "bundle.import",
  "bundle.reimport",
  "live.start",
  "live.admit",
  "live.admitAll",
  "live.remove",
  "live.present",
  "live.openScoring",
  "live.closeScoring",
  "live.reveal",
  "live.secondRound",
  "live.agree",
  "live.end",
  "live.configure",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every kind of object the trail names; the audit page offers them as a filter. */
export const AUDIT_TARGET_TYPES = [
  "User",
  "Organisation",
  "Wise",
  "Grid",
  "GridCategory",
  "GridCriterion",
  "FocusGroupSession",
  "SessionMember",
  "AgendaItem",
  "SessionNote",
  "SessionReview",
  "Classification",
  "ModelProposal",
  "LiveSession",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
