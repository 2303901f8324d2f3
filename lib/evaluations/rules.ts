import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import type { ValueUnit } from "@/lib/generated/prisma/enums";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { MAX_VALUE_LENGTH } from "./limits";

/**
 * Pure rules of scoring other than the arithmetic (which is in scoring-rules.ts): what a
 * measured value may look like, and what the scoring page offers a given person.
 */

export type MeasuredValueCheck =
  | { ok: true; value: string | null }
  | { ok: false; error: ErrorKey };

/**
 * Checks and normalises a measured value for its criterion's unit, so that later analysis can
 * read numbers: "12 500,50" becomes "12500.5". Money and headcounts cannot be negative, a
 * headcount is whole, a percentage lies between 0 and 100. TEXT (and a criterion without a
 * unit) keeps the text as typed. Returns "Errors" catalogue keys.
 */
export function normaliseMeasuredValue(
  unit: ValueUnit | null,
  raw: string | null | undefined,
): MeasuredValueCheck {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: true, value: null };
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, error: "tooLong" };
  if (unit === null || unit === "TEXT") return { ok: true, value: text };
  const compact = text
    .replace(/[\s\u00a0]/g, "")
    .replace(/%$/, "")
    .replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return { ok: false, error: "scoreValueNotNumber" };
  const number = Number(compact);
  if (number < 0) return { ok: false, error: "scoreValueNegative" };
  if (unit === "PERCENT" && number > 100) return { ok: false, error: "scoreValuePercentRange" };
  if (unit === "HEADCOUNT" && !Number.isInteger(number))
    return { ok: false, error: "scoreValueWholeNumber" };
  return { ok: true, value: String(number) };
}

/**
 * What the scoring page of one agenda item offers the actor:
 * - "edit": the session is OPEN and they may score;
 * - "notOpenYet": they will score, but the session is still a DRAFT;
 * - "readOnly": scoring is over (CLOSED, PUBLISHED) for a rater, or a former rater revisits
 *   their own saved scores;
 * - "forbidden": they are no rater of this session.
 */
export type ScoringMode = "edit" | "notOpenYet" | "readOnly" | "forbidden";

export function scoringMode(
  actor: Actor,
  access: SessionAccess,
  hasOwnEvaluation: boolean,
): ScoringMode {
  if (can(actor, "evaluation.score", access)) return "edit";
  const wouldScoreIfOpen = can(actor, "evaluation.score", { ...access, status: "OPEN" });
  if (access.status === "DRAFT") return wouldScoreIfOpen ? "notOpenYet" : "forbidden";
  if (wouldScoreIfOpen || (hasOwnEvaluation && can(actor, "session.read", access)))
    return "readOnly";
  return "forbidden";
}
