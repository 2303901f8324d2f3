import type { getFormatter, getTranslations } from "next-intl/server";
import { localName } from "@/lib/grids/rules";
import type { SessionSummary } from "@/lib/summaries/assemble";
import type { SuppressedCount } from "@/lib/summaries/suppression";

type Translate = Awaited<ReturnType<typeof getTranslations<"Summaries">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A suppressed count in words: the number, "fewer than 5", "not shown", or "not given". */
export function countText(count: SuppressedCount, t: Translate, format: Format): string {
  if (count.kind === "count") return format.number(count.value);
  if (count.kind === "fewerThan") return t("fewerThan", { limit: count.limit });
  if (count.kind === "withheld") return t("withheld");
  return t("notGiven");
}

/** The grid stores category names in both languages. */
export function categoryName(category: SessionSummary["categories"][number], locale: string) {
  return localName(locale, category);
}

/** For a name inside a sentence ("strong on job integration"); leaves "WISE" or "NEET" alone. */
export function lowerFirst(text: string, locale: string): string {
  const [first = "", second = ""] = text;
  if (second && second === second.toLocaleUpperCase(locale) && /\p{L}/u.test(second)) return text;
  return first.toLocaleLowerCase(locale) + text.slice(1);
}

/** A rule's reason ("production is 70% of what it does") as its own line in easy-read. */
export function asSentence(text: string, locale: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toLocaleUpperCase(locale) + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
