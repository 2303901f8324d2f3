import { FUNCTION_WEIGHT_FIELDS, REVENUE_FIELDS } from "@/lib/wises/schemas";
import type { DynamicPrefix } from "./key-usage";

/**
 * Keys the code builds from a value (an enum, a code from the rules or the database) instead of
 * writing them out. Every key under a prefix here counts as used; a template key in code that no
 * prefix covers fails the catalogue check, so this list stays the one place to look.
 */
export const DYNAMIC_KEY_PREFIXES: DynamicPrefix[] = [
  { prefix: "CaseStudies.status.", reason: "case-study statuses (Prisma enum CaseStudyStatus)" },
  { prefix: "CaseStudies.sections.", reason: "the template's sections and their hints" },
  { prefix: "CaseStudies.quotes.speakers.", reason: "speakers' roles (Prisma enum QuoteSpeaker)" },
  { prefix: "CaseStudies.quotes.methods.", reason: "consent methods (Prisma enum ConsentMethod)" },
  { prefix: "CaseStudies.review.step.", reason: "review steps (Prisma enum ReviewStep)" },
  { prefix: "Audit.actions.", reason: "one per audited action (lib/audit/actions.ts)" },
  { prefix: "Audit.types.", reason: "one per kind of audited object (lib/audit/actions.ts)" },
  { prefix: "Classification.reasons.", reason: "the classification rules' reason codes" },
  { prefix: "Classification.facts.", reason: "the facts a classification rule reads" },
  { prefix: "Models.", reason: "one group per WISE model (Prisma enum WiseModel)" },
  { prefix: "Reports.chapters.", reason: "a report's chapter keys (lib/reports/snapshot.ts)" },
  { prefix: "Reports.focusGroups.outcomes.", reason: "what the classification rules suggested" },
  { prefix: "Reports.changes.added.", reason: "kinds of report blocks (lib/reports/diff.ts)" },
  { prefix: "Reports.changes.removed.", reason: "kinds of report blocks (lib/reports/diff.ts)" },
  { prefix: "Exports.answers.", reason: "answer codes of the score tables" },
  { prefix: "Exports.columns.", reason: "column codes of the session exports" },
  { prefix: "Exports.import.outcome.", reason: "outcomes of a bundle import" },
  { prefix: "Exports.pdf.bands.", reason: "agreement bands in the summary PDF" },
  { prefix: "Grids.fields.level", reason: "level1…level4 and levelsEn/levelsRo form fields" },
  { prefix: "Grids.lockedNotice.", reason: "why a grid is locked" },
  {
    prefix: "Languages.statuses.",
    reason: "a language's review status (Prisma enum LanguageReviewStatus)",
  },
  { prefix: "Grids.units.", reason: "a criterion's unit (Prisma enum)" },
  { prefix: "Scoring.units.", reason: "a criterion's unit (Prisma enum)" },
  { prefix: "Home.intro.", reason: "one introduction per role" },
  { prefix: "Home.steps.", reason: "next steps by step key (lib/home)" },
  { prefix: "Home.reviewStepFor.", reason: "review step per role" },
  { prefix: "Home.sessionsStepFor.", reason: "sessions step per role" },
  { prefix: "Waiting.kinds.", reason: "kinds of waiting items (lib/home)" },
  { prefix: "Waiting.nothing.", reason: "empty waiting list per role" },
  { prefix: "Live.phase.", reason: "live session phases (Prisma enum)" },
  { prefix: "LiveConsole.status.", reason: "a live guest's admission status" },
  { prefix: "Results.agreement.band.", reason: "agreement bands (lib/results)" },
  { prefix: "Results.agreement.reason.", reason: "why agreement cannot be computed" },
  { prefix: "Reviews.state.", reason: "approval states" },
  { prefix: "Reviews.step.", reason: "review timeline steps" },
  {
    prefix: "GoodPractices.sections.",
    reason: "the five texts of a good practice, by field name",
  },
  {
    prefix: "GoodPractices.form.fields.",
    reason: "the good-practice form's fields, by name",
  },
  {
    prefix: "GoodPractices.sectionNames.",
    reason: "case-study sections (Prisma enum CaseStudySection)",
  },
  { prefix: "Sessions.members.role.", reason: "session member roles (Prisma enum)" },
  { prefix: "Sessions.moveTo.", reason: "session status transitions" },
  { prefix: "Sessions.notes.themes.", reason: "discussion themes by code" },
  { prefix: "Sessions.status.", reason: "session statuses (Prisma enum)" },
  { prefix: "Sessions.statusExplained.", reason: "session statuses (Prisma enum)" },
  { prefix: "Summaries.band.", reason: "agreement bands in the summary" },
  { prefix: "Summaries.easy.band.", reason: "agreement bands in the easy-read summary" },
  { prefix: "Summaries.easy.categories.", reason: "grid category codes" },
  { prefix: "Summaries.easy.models.", reason: "WISE models (Prisma enum)" },
  { prefix: "WiseForm.categoryNames.", reason: "support-need categories (Prisma enum)" },
  { prefix: "WiseForm.integrationModes.", reason: "integration modes (Prisma enum)" },
  { prefix: "Surveys.columns.", reason: "survey list columns" },
  { prefix: "Surveys.phase.", reason: "a survey's phase (before, open, closed)" },
  { prefix: "Surveys.groups.", reason: "staff groups (Prisma enum StaffGroup)" },
  { prefix: "SkillFrameworks.groups.", reason: "staff groups (Prisma enum StaffGroup)" },
  { prefix: "SkillFrameworks.areas.", reason: "skill areas (Prisma enum SkillArea)" },
  {
    prefix: "SkillGaps.filters.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.sizes.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.modes.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.rowsBy.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.groups.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.areas.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.columns.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.quadrants.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "SkillGaps.exportColumns.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "TrainingOffers.fields.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "TrainingOffers.formats.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "DevelopmentPlans.columns.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "DevelopmentPlans.statuses.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  {
    prefix: "DevelopmentPlans.defaultOwner.",
    reason:
      "skills gap map: one key per code (groups, areas, quadrants, formats, statuses, columns)",
  },
  { prefix: "CountryRules.rules.", reason: "national rules by id (lib/wises/country-rules)" },
  { prefix: "CountryRules.noRule.", reason: "countries whose law sets no figure" },
  { prefix: "CountryRules.confidence.", reason: "how sure a rule's figure is" },
  { prefix: "CountryRules.condition.", reason: "what a rule's condition measures" },
  { prefix: "CountryRules.formats.", reason: "formats of the national facts' columns" },
  {
    prefix: "CountryRules.measure.",
    reason: "a measured figure by id (lib/wises/country-rules/types.ts)",
  },
  { prefix: "CountryRules.columnHeaders.", reason: "registry columns of the national facts" },
  { prefix: "CountryRulesForm.fields.", reason: "national facts on the WISE form" },
  { prefix: "CountryRulesForm.legalForms.", reason: "legal forms by country and code" },
  { prefix: "CountryRulesForm.subdivisions.", reason: "regions whose law differs (Belgium)" },
  { prefix: "CountryRulesForm.facts.", reason: "facts a national rule needs" },
  {
    prefix: "Wises.columnHeaders.",
    reason: "registry import columns (lib/wises/import-columns.ts)",
  },
  { prefix: "Wises.formats.", reason: "an import column's format" },
  { prefix: "Wises.outcome.", reason: "threshold outcomes" },
  { prefix: "Results.details.noSuggestion.", reason: "why no model was suggested" },
  { prefix: "Roles.", reason: "tRoles(user.role): a user's role (Prisma enum Role)" },
  ...[...FUNCTION_WEIGHT_FIELDS, ...REVENUE_FIELDS].map((field) => ({
    prefix: `WiseForm.${field}`,
    reason: "a WISE form field labelled by its name (lib/wises/schemas.ts)",
  })),
];
