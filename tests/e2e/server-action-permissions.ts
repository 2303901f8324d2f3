import type { Permission } from "../../lib/auth/permissions";

/**
 * Every server action (listed from lib/ by entry-points.ts) and the permission of
 * lib/auth/permissions.ts its command asserts on the concrete object, or why it needs none.
 * The permission matrix spec fails on an action missing here or a row for one that is gone, so
 * a new action cannot ship without someone naming the check it makes.
 */
type Check = Permission | Permission[] | { open: string };

export const SERVER_ACTION_PERMISSIONS: Record<string, Check> = {
  acceptInvitationAction: { open: "the invitation token is the credential" },
  addAgendaItemAction: "session.manage",
  adoptPlanAction: "plan.manage",
  deleteTrainingOfferAction: "trainingOffer.manage",
  saveTrainingOfferAction: "trainingOffer.manage",
  updatePlanActionAction: "plan.manage",
  // Marking: session.read or caseStudy.read on the source, then goodPractice.create; an edit
  // goodPractice.update on the item.
  saveGoodPracticeAction: [
    "session.read",
    "caseStudy.read",
    "goodPractice.create",
    "goodPractice.update",
  ],
  publishGoodPracticeAction: "goodPractice.publish",
  addCriterionAction: "grid.manage",
  addSessionMemberAction: "session.manage",
  addSessionNoteAction: "session.manage",
  // session.read to find it, then the permission of the transition asked for.
  correctTextAction: "content.correct",
  closeSurveyAction: "survey.manage",
  changeSessionStatusAction: [
    "session.read",
    "session.manage",
    "session.publish",
    "session.reopen",
  ],
  createGridVersionAction: "grid.manage",
  createInvitationAction: "user.invite",
  createOrganisationAction: "organisation.create",
  createSessionAction: "session.create",
  createSkillFrameworkVersionAction: "skillFramework.manage",
  createSurveyAction: "survey.create",
  createUserAction: "user.create",
  createWiseAction: "wise.create",
  decideClassificationAction: "classification.decide",
  deleteSessionNoteAction: "session.manage",
  eraseUserAction: "user.erase",
  importBundleAction: "bundle.import",
  importWisesAction: "wise.import",
  joinLiveAction: { open: "the join code of a running live session is the credential" },
  moveAgendaItemAction: "session.manage",
  previewWiseImportAction: "wise.import",
  proposeModelAction: "classification.propose",
  removeAgendaItemAction: "session.manage",
  removeCriterionAction: "grid.manage",
  remindSurveyWiseAction: "survey.manage",
  removeSessionMemberAction: "session.manage",
  replyToReviewAction: "review.reply",
  saveScoreAction: "evaluation.score",
  restoreTextAction: "content.correct",
  setCategoryWordingAction: "content.correct",
  setCriterionWordingAction: "content.correct",
  setLanguageStatusAction: "language.review",
  setLocaleAction: { open: "sets the reader's own language cookie" },
  setMemberCanScoreAction: "session.manage",
  setShareLinkAction: "session.manage",
  setUserActiveAction: "user.deactivate",
  signInAction: { open: "signing in" },
  signOutAction: { open: "ends the caller's own session" },
  updateCategoryAction: "grid.manage",
  updateCriterionAction: "grid.manage",
  updateSessionAction: "session.manage",
  updateSkillTextAction: "skillFramework.manage",
  updateUserAction: "user.update",
  updateWiseAction: "wise.update",
  writeReviewAction: "review.write",
  startInterviewAction: "survey.interview",
  startSurveyAction: {
    open: "the code of an open survey link is the credential; consent makes the response",
  },
};
