/**
 * The interface languages: English (the source every catalogue is translated from) and the
 * languages of the twelve other B-WISE countries. Austria reads German and Belgium Dutch or
 * French, so region tags fold to their language (de-AT → de, nl-BE → nl, fr-BE → fr).
 */
export const LOCALES = [
  "en",
  "de",
  "nl",
  "fr",
  "bg",
  "hr",
  "el",
  "it",
  "lv",
  "pl",
  "ro",
  "sl",
  "es",
] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * How a language's catalogues ship: "reviewed" when a native speaker has checked them, "draft"
 * otherwise (`npm run i18n:check` reports it). In the app a partner of the language can then mark
 * it reviewed or back to draft (lib/languages); until they do, this is what readers are told.
 */
export type TranslationStatus = "source" | "reviewed" | "draft";

export type LocaleInfo = {
  /** The language in itself, for the picker: a reader who cannot read the page still finds theirs. */
  nativeName: string;
  englishName: string;
  /** The BCP 47 tag Intl formats dates and numbers with (the language's main country). */
  intlTag: string;
  status: TranslationStatus;
};

export const LOCALE_INFO = {
  en: { nativeName: "English", englishName: "English", intlTag: "en-GB", status: "source" },
  de: { nativeName: "Deutsch", englishName: "German", intlTag: "de-DE", status: "draft" },
  nl: { nativeName: "Nederlands", englishName: "Dutch", intlTag: "nl-NL", status: "draft" },
  fr: { nativeName: "Français", englishName: "French", intlTag: "fr-FR", status: "draft" },
  bg: { nativeName: "Български", englishName: "Bulgarian", intlTag: "bg-BG", status: "draft" },
  hr: { nativeName: "Hrvatski", englishName: "Croatian", intlTag: "hr-HR", status: "draft" },
  el: { nativeName: "Ελληνικά", englishName: "Greek", intlTag: "el-GR", status: "draft" },
  it: { nativeName: "Italiano", englishName: "Italian", intlTag: "it-IT", status: "draft" },
  lv: { nativeName: "Latviešu", englishName: "Latvian", intlTag: "lv-LV", status: "draft" },
  pl: { nativeName: "Polski", englishName: "Polish", intlTag: "pl-PL", status: "draft" },
  ro: { nativeName: "Română", englishName: "Romanian", intlTag: "ro-RO", status: "draft" },
  sl: { nativeName: "Slovenščina", englishName: "Slovenian", intlTag: "sl-SI", status: "draft" },
  es: { nativeName: "Español", englishName: "Spanish", intlTag: "es-ES", status: "draft" },
} as const satisfies Record<Locale, LocaleInfo>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The app's language for a BCP 47 tag, ignoring region and script ("nl-BE" → "nl"), or null. */
export function localeOfTag(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

/**
 * Picks the first supported language from an Accept-Language header, honouring q-values (and
 * the header's order between equal ones), for a visitor who has not chosen one yet.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { locale: localeOfTag(tag), q: q ? Number(q.trim().slice(2)) : 1, index };
    })
    .filter((entry) => entry.locale && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? DEFAULT_LOCALE;
}
