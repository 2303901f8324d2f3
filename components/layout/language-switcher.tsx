import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locales";

const NATIVE_NAMES = { en: "English", ro: "Română" } as const;

/** Plain form buttons: switching language works on any phone, with or without JavaScript. */
export async function LanguageSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("Language");
  return (
    <form action={setLocaleAction} aria-label={t("label")} className="flex gap-1">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-800 underline-offset-4 hover:underline focus-visible:outline-3 focus-visible:outline-amber-500 aria-pressed:bg-slate-200 aria-pressed:no-underline"
        >
          {NATIVE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
