import type { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import type { Bundle } from "./schemas";

type Context = z.RefinementCtx;

/**
 * The checks across the parts of a bundle that one field's schema cannot make: every reference
 * points at something in the file, nothing is given twice, and a level goes with LEVEL answers
 * only. Messages are keys of the "Errors" catalogue, at the path of the offending entry.
 */
export function checkBundleConsistency(bundle: Bundle, context: Context) {
  const issue = (path: (string | number)[], message: ErrorKey) =>
    context.addIssue({ code: "custom", path, message });

  const criteria = new Set<string>();
  bundle.grid.categories.forEach((category, c) => {
    if (bundle.grid.categories.findIndex((other) => other.code === category.code) !== c) {
      issue(["grid", "categories", c, "code"], "bundleDuplicateEntry");
    }
    category.criteria.forEach((criterion, k) => {
      const key = `${category.code}/${criterion.code}`;
      if (criteria.has(key))
        issue(["grid", "categories", c, "criteria", k, "code"], "bundleDuplicateEntry");
      criteria.add(key);
    });
  });

  const wiseRefs = new Set<string>();
  const wiseNames = new Set<string>();
  const positions = new Set<number>();
  bundle.wises.forEach((wise, w) => {
    const name = `${wise.name.toLocaleLowerCase()}/${wise.countryCode}`;
    if (wiseRefs.has(wise.ref)) issue(["wises", w, "ref"], "bundleDuplicateEntry");
    if (wiseNames.has(name)) issue(["wises", w, "name"], "bundleDuplicateEntry");
    if (positions.has(wise.position)) issue(["wises", w, "position"], "bundleDuplicateEntry");
    wiseRefs.add(wise.ref);
    wiseNames.add(name);
    positions.add(wise.position);
    const categories = new Set<string>();
    wise.supportNeedCounts.forEach((count, n) => {
      if (categories.has(count.category)) {
        issue(["wises", w, "supportNeedCounts", n, "category"], "bundleDuplicateEntry");
      }
      categories.add(count.category);
    });
  });

  const raters = new Set<string>();
  bundle.raters.forEach((rater, r) => {
    if (raters.has(rater)) issue(["raters", r], "bundleDuplicateEntry");
    raters.add(rater);
  });

  const scored = new Set<string>();
  bundle.scores.forEach((score, s) => {
    if (!wiseRefs.has(score.wise)) issue(["scores", s, "wise"], "bundleUnknownWise");
    if (!raters.has(score.rater)) issue(["scores", s, "rater"], "bundleUnknownRater");
    if (!criteria.has(`${score.category}/${score.criterion}`)) {
      issue(["scores", s, "criterion"], "bundleUnknownCriterion");
    }
    const key = `${score.wise}/${score.rater}/${score.category}/${score.criterion}`;
    if (scored.has(key)) issue(["scores", s], "bundleDuplicateEntry");
    scored.add(key);
    if (score.answer === "LEVEL" && score.level === null) {
      issue(["scores", s, "level"], "scoreLevelRequired");
    }
    if (score.answer !== "LEVEL" && score.level !== null) {
      issue(["scores", s, "level"], "scoreLevelNotAllowed");
    }
  });

  const classified = new Set<string>();
  bundle.classifications.forEach((classification, c) => {
    if (!wiseRefs.has(classification.wise))
      issue(["classifications", c, "wise"], "bundleUnknownWise");
    if (classified.has(classification.wise))
      issue(["classifications", c, "wise"], "bundleDuplicateEntry");
    classified.add(classification.wise);
  });

  bundle.notes.forEach((note, n) => {
    if (note.wise !== null && !wiseRefs.has(note.wise))
      issue(["notes", n, "wise"], "bundleUnknownWise");
  });
}
