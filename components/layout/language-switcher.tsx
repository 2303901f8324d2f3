import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALE_INFO, LOCALES } from "@/lib/i18n/locales";

/**
 * The language picker: a list of thirteen languages, each named in itself, and a plain submit
 * button, so that switching works on any phone, with or without JavaScript. Whether a language is
 * still a draft is told on every page by <DraftNotice> (components/languages).
 */
export async function LanguageSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("Language");
  return (
    <div className="flex flex-col items-end gap-1">
      <form action={setLocaleAction} className="flex items-center gap-2">
        <label htmlFor="language-picker" className="text-sm font-medium text-slate-800">
          {t("label")}
        </label>
        <select
          id="language-picker"
          name="locale"
          defaultValue={current}
          className="min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900 focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_INFO[locale].nativeName}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-400 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {t("change")}
        </button>
      </form>
    </div>
  );
}
