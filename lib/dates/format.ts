import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";

/**
 * Dates as the reader expects them, in the reader's language: each language as its main
 * country writes it (de-DE, el-GR, ...: LOCALE_INFO). Intl's plain "en" is American (March 14,
 * 2027, 10:00 AM), which few of the European partners write: English dates are British
 * (14 March 2027, 10:00) unless the browser asks for US English first. A time
 * carries its zone, because the installation's zone (APP_TIME_ZONE) may not be the reader's.
 * Pure: the caller passes the language, the Accept-Language header and the zone.
 */

export type DateStyle = "full" | "long" | "medium";
export type DateOptions = { dateLocale: string; timeZone: string };

/** The Intl locale for dates: the language's tag (ro-RO), for English en-US when the browser ranks US English first, else en-GB. */
export function dateLocale(locale: Locale, acceptLanguage?: string | null): string {
  if (locale !== "en") return LOCALE_INFO[locale].intlTag;
  const english = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => (entry.tag === "en" || entry.tag.startsWith("en-")) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)[0];
  return english?.tag === "en-us" ? "en-US" : "en-GB";
}

export function formatDate(date: Date, options: DateOptions, style: DateStyle = "long"): string {
  return new Intl.DateTimeFormat(options.dateLocale, {
    dateStyle: style,
    timeZone: options.timeZone,
  }).format(date);
}

/** The zone's name in the reader's language: "Eastern European Time", "ora Europei de Est". */
export function zoneName(options: DateOptions, date = new Date()): string {
  const name =
    new Intl.DateTimeFormat(options.dateLocale, {
      timeZone: options.timeZone,
      timeZoneName: "longGeneric",
    })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? options.timeZone;
  // Romanian writes "ora" in lower case inside a sentence; English zone names are proper nouns.
  return options.dateLocale.startsWith("ro") ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "14 March 2027, 10:00 (Eastern European Time)"; "14 martie 2027, 10:00 (ora Europei de Est)". */
export function formatDateTime(
  date: Date,
  options: DateOptions,
  style: DateStyle = "long",
): string {
  const time = new Intl.DateTimeFormat(options.dateLocale, {
    timeStyle: "short",
    timeZone: options.timeZone,
  }).format(date);
  return `${formatDate(date, options, style)}, ${time} (${zoneName(options, date)})`;
}
