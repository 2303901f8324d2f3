import { createHash } from "node:crypto";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { FALLBACK_LOCALE } from "@/lib/grids/rules";
import { BUNDLE_FORMAT, type BundleGrid, READABLE_FORMAT_VERSIONS } from "./schemas";

/**
 * Pure rules of bundle import: no Prisma, no Next.
 */

/** Domain of the placeholder accounts: `.invalid` is reserved (RFC 2606), so no mail can go out. */
export const PLACEHOLDER_EMAIL_DOMAIN = "imported.invalid";

/**
 * The e-mail of the inactive placeholder account that stands for one rater of one imported
 * session. Deterministic, so that importing the same bundle again finds the same account; a
 * hash, so that it says nothing about the person; keyed by the bundle too, so that "Rater 1" of
 * two sessions are two accounts, as nothing says they were the same person.
 */
export function placeholderRaterEmail(bundleKey: string, pseudonym: string): string {
  const hash = createHash("sha256").update(`${bundleKey}\n${pseudonym}`).digest("hex").slice(0, 24);
  return `rater-${hash}@${PLACEHOLDER_EMAIL_DOMAIN}`;
}

/**
 * A published session is imported as closed: publishing here needs this installation's own
 * review and approval, which the imported session has not had.
 */
export function importedStatus(status: SessionStatus): SessionStatus {
  return status === "PUBLISHED" ? "CLOSED" : status;
}

/**
 * The content of a grid version as one comparable text: categories and criteria in position
 * order with every field that changes what a score means. Weights compare at the three decimals
 * the database keeps, so 1 and 1.000 are the same grid. Wording compares in English, the
 * reference text: translations are corrected by each installation's partners and may differ.
 */
const english = <T extends { locale: string }>(texts: readonly T[]) =>
  texts.find((text) => text.locale === FALLBACK_LOCALE);

export function gridFingerprint(grid: BundleGrid): string {
  const byPosition = <T extends { position: number; code: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  return JSON.stringify(
    byPosition(grid.categories).map((category) => [
      category.code,
      english(category.texts)?.name,
      byPosition(category.criteria).map((criterion) => [
        criterion.code,
        english(criterion.texts)?.name,
        criterion.unit,
        criterion.weight.toFixed(3),
        english(criterion.texts)?.levels,
      ]),
    ]),
  );
}

/**
 * Whether a parsed file is a bundle of a version this installation reads, checked before the
 * full schema so that a wrong file gets one clear message instead of one per missing field.
 */
export function bundleHeaderProblem(
  value: unknown,
): "bundleNotABundle" | "bundleFormatVersion" | null {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "bundleNotABundle";
  const header = value as { format?: unknown; formatVersion?: unknown };
  if (header.format !== BUNDLE_FORMAT) return "bundleNotABundle";
  return READABLE_FORMAT_VERSIONS.includes(header.formatVersion as number)
    ? null
    : "bundleFormatVersion";
}
