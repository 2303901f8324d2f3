/**
 * The catalogues, one file per feature and language (<locale>/<feature>.json), so that features
 * add strings without touching each other's files. A feature file may also add keys to a shared
 * namespace such as "Errors". To add a feature: create <feature>.json in every language folder,
 * add its name to FEATURES and its English file to the type below.
 *
 * A request loads only its reader's language, once per process (thirteen languages of seventeen
 * files each would otherwise all sit in every server's memory path); the types come from
 * English, and the catalogue check (lib/i18n/check) keeps every language in step with it.
 */
import type { Locale } from "../locales";
import type enAdmin from "./en/admin.json";
import type enAttachments from "./en/attachments.json";
import type enAudit from "./en/audit.json";
import type enAuth from "./en/auth.json";
import type enCaseStudies from "./en/case-studies.json";
import type enClassification from "./en/classification.json";
import type enCommon from "./en/common.json";
import type enCountryRules from "./en/country-rules.json";
import type enExports from "./en/exports.json";
import type enForms from "./en/forms.json";
import type enGoodPractices from "./en/good-practices.json";
import type enGrids from "./en/grids.json";
import type enHome from "./en/home.json";
import type enInputSafety from "./en/input-safety.json";
import type enLanguages from "./en/languages.json";
import type enLive from "./en/live.json";
import type enLiveErrors from "./en/live-errors.json";
import type enReportDocuments from "./en/report-documents.json";
import type enReports from "./en/reports.json";
import type enResults from "./en/results.json";
import type enReviews from "./en/reviews.json";
import type enScoring from "./en/scoring.json";
import type enSessions from "./en/sessions.json";
import type enSkillsFrameworks from "./en/skills-frameworks.json";
import type enSkillsGaps from "./en/skills-gaps.json";
import type enSkillsSurveys from "./en/skills-surveys.json";
import type enSummaries from "./en/summaries.json";
import type enSurveyAnswers from "./en/survey-answers.json";
import type enWises from "./en/wises.json";

/** The feature files, in merge order (a later file's key wins within a shared namespace). */
export const FEATURES = [
  "common",
  "forms",
  "auth",
  "admin",
  "sessions",
  "classification",
  "grids",
  "scoring",
  "wises",
  "country-rules",
  "reviews",
  "live",
  "live-errors",
  "summaries",
  "exports",
  "results",
  "audit",
  "home",
  "languages",
  "skills-frameworks",
  "skills-surveys",
  "skills-gaps",
  "input-safety",
  "survey-answers",
  "case-studies",
  "attachments",
  "report-documents",
  "reports",
  "good-practices",
] as const;

export type Messages = UnionToIntersection<
  | typeof enCommon
  | typeof enForms
  | typeof enAuth
  | typeof enAdmin
  | typeof enSessions
  | typeof enClassification
  | typeof enGrids
  | typeof enScoring
  | typeof enWises
  | typeof enCountryRules
  | typeof enReviews
  | typeof enLive
  | typeof enLiveErrors
  | typeof enSummaries
  | typeof enExports
  | typeof enResults
  | typeof enAudit
  | typeof enHome
  | typeof enLanguages
  | typeof enSkillsFrameworks
  | typeof enSkillsSurveys
  | typeof enSkillsGaps
  | typeof enInputSafety
  | typeof enSurveyAnswers
  | typeof enCaseStudies
  | typeof enAttachments
  | typeof enReportDocuments
  | typeof enReports
  | typeof enGoodPractices
>;

type Catalogue = Record<string, Record<string, unknown>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Merges catalogues namespace by namespace, so two files may both contribute to "Errors". */
export function mergeCatalogues(catalogues: readonly Catalogue[]): Catalogue {
  const merged: Catalogue = {};
  for (const catalogue of catalogues) {
    for (const [namespace, messages] of Object.entries(catalogue)) {
      merged[namespace] = { ...merged[namespace], ...messages };
    }
  }
  return merged;
}

async function readCatalogue(locale: Locale): Promise<Messages> {
  // One import per file: the bundler makes a chunk of each, loaded only when asked for.
  const files = await Promise.all(
    FEATURES.map(
      (feature) => import(`./${locale}/${feature}.json`) as Promise<{ default: Catalogue }>,
    ),
  );
  return mergeCatalogues(files.map((file) => file.default)) as Messages;
}

const loaded = new Map<Locale, Promise<Messages>>();

/** One language's messages, read on first use and kept for the life of the process. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readCatalogue(locale);
    // A failed read is not cached: the next request tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
