import "server-only";
import { cache } from "react";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_INFO,
  LOCALES,
  type TranslationStatus,
} from "@/lib/i18n/locales";
import { loadSourceMessages } from "@/lib/i18n/messages/source";
import { correctableMessages } from "./rules";

export type LanguageState = "REFERENCE" | "DRAFT" | "REVIEWED";

/** A language nobody has marked in the app is as its catalogues shipped (LOCALE_INFO). */
function shippedState(locale: string): "DRAFT" | "REVIEWED" {
  // Widened: today no language ships reviewed, but one may.
  const shipped = (isLocale(locale) ? LOCALE_INFO[locale].status : undefined) as
    | TranslationStatus
    | undefined;
  return shipped === "reviewed" ? "REVIEWED" : "DRAFT";
}

/**
 * Every language of the app with its review status, and what the actor may do about each.
 * English is the reference; a language without a row is as its catalogues shipped.
 */
export async function listLanguages(actor: Actor) {
  assertCan(actor, "language.list");
  const rows = await db.languageStatus.findMany({
    select: {
      locale: true,
      status: true,
      reviewedAt: true,
      reviewedBy: { select: { name: true } },
    },
  });
  const byLocale = new Map(rows.map((row) => [row.locale, row]));
  return LOCALES.map((locale) => {
    const row = byLocale.get(locale);
    const state: LanguageState =
      locale === DEFAULT_LOCALE ? "REFERENCE" : (row?.status ?? shippedState(locale));
    return {
      locale,
      state,
      reviewedBy: row?.reviewedBy?.name ?? null,
      reviewedAt: row?.reviewedAt ?? null,
      mayReview: can(actor, "language.review", { locale }),
      mayCorrect: can(actor, "content.correct", { locale }),
    };
  });
}

/**
 * Whether readers of `locale` are told its texts are a draft. Asked on every page, so cached
 * for the request; a database that cannot be reached shows no notice rather than no page.
 */
export const isDraftLanguage = cache(async (locale: string): Promise<boolean> => {
  if (locale === DEFAULT_LOCALE) return false;
  try {
    const row = await db.languageStatus.findUnique({ where: { locale }, select: { status: true } });
    return (row?.status ?? shippedState(locale)) !== "REVIEWED";
  } catch (error) {
    console.error("Could not read the language's review status:", error);
    return false;
  }
});

/** The partners' corrections of one language, as "Namespace.key" → text. */
export async function listTextCorrections(locale: string) {
  return db.textCorrection.findMany({
    where: { locale },
    orderBy: { key: "asc" },
    select: { key: true, text: true },
  });
}

/**
 * The correctable texts of a language for its corrections page: each key with the English
 * original, the catalogue's text in the language, and the partner's correction if any.
 */
export async function getCorrectableTexts(actor: Actor, locale: string) {
  assertCan(actor, "content.correct", { locale });
  const english = await loadSourceMessages("en");
  const catalogue = isLocale(locale) ? await loadSourceMessages(locale) : english;
  const translated = new Map(correctableMessages(catalogue).map((m) => [m.key, m.text]));
  const corrections = new Map(
    (
      await db.textCorrection.findMany({
        where: { locale },
        select: { key: true, text: true, updatedAt: true },
      })
    ).map((row) => [row.key, row]),
  );
  return correctableMessages(english).map(({ key, text: english }) => ({
    key,
    english,
    catalogue: translated.get(key) ?? english,
    correction: corrections.get(key) ?? null,
  }));
}
