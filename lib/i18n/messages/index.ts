/**
 * The catalogues, one file per feature so that features add strings without touching each
 * other's files. A feature file may also add keys to a shared namespace such as "Errors".
 * To add a feature: create en/<feature>.json and ro/<feature>.json and list both below.
 */
import enAdmin from "./en/admin.json";
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enClassification from "./en/classification.json";
import enCommon from "./en/common.json";
import enExports from "./en/exports.json";
import enForms from "./en/forms.json";
import enGrids from "./en/grids.json";
import enHome from "./en/home.json";
import enLive from "./en/live.json";
import enLiveErrors from "./en/live-errors.json";
import enResults from "./en/results.json";
import enReviews from "./en/reviews.json";
import enScoring from "./en/scoring.json";
import enSessions from "./en/sessions.json";
import enSummaries from "./en/summaries.json";
import enSurveyAnswers from "./en/survey-answers.json";
import enWises from "./en/wises.json";
import roAdmin from "./ro/admin.json";
import roAudit from "./ro/audit.json";
import roAuth from "./ro/auth.json";
import roClassification from "./ro/classification.json";
import roCommon from "./ro/common.json";
import roExports from "./ro/exports.json";
import roForms from "./ro/forms.json";
import roGrids from "./ro/grids.json";
import roHome from "./ro/home.json";
import roLive from "./ro/live.json";
import roLiveErrors from "./ro/live-errors.json";
import roResults from "./ro/results.json";
import roReviews from "./ro/reviews.json";
import roScoring from "./ro/scoring.json";
import roSessions from "./ro/sessions.json";
import roSummaries from "./ro/summaries.json";
import roSurveyAnswers from "./ro/survey-answers.json";
import roWises from "./ro/wises.json";

type Catalogue = Record<string, Record<string, unknown>>;

/** Merges catalogues namespace by namespace, so two files may both contribute to "Errors". */
function mergeCatalogues<T extends Catalogue[]>(...catalogues: T): UnionToIntersection<T[number]> {
  const merged: Catalogue = {};
  for (const catalogue of catalogues) {
    for (const [namespace, messages] of Object.entries(catalogue)) {
      merged[namespace] = { ...merged[namespace], ...messages };
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export const MESSAGES = {
  en: mergeCatalogues(
    enCommon,
    enForms,
    enAuth,
    enAdmin,
    enSessions,
    enClassification,
    enGrids,
    enScoring,
    enWises,
    enReviews,
    enLive,
    enLiveErrors,
    enSummaries,
    enExports,
    enResults,
    enAudit,
    enHome,
    enSurveyAnswers,
  ),
  ro: mergeCatalogues(
    roCommon,
    roForms,
    roAuth,
    roAdmin,
    roSessions,
    roClassification,
    roGrids,
    roScoring,
    roWises,
    roReviews,
    roLive,
    roLiveErrors,
    roSummaries,
    roExports,
    roResults,
    roAudit,
    roHome,
    roSurveyAnswers,
  ),
};

export type Messages = (typeof MESSAGES)["en"];
