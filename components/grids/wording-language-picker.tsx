import { getTranslations } from "next-intl/server";
import { languageLabel } from "@/lib/i18n/language-name";
import { LOCALES } from "@/lib/i18n/locales";

type Props = { gridId: string; shown: string; readerLocale: string };

/**
 * Picks the language whose wording the grid page shows (and, for those who may, corrects).
 * A plain GET form: the choice is in the address, so it works without JavaScript and can be
 * shared with a partner ("/grids/…?lang=ro").
 */
export async function WordingLanguagePicker({ gridId, shown, readerLocale }: Props) {
  const t = await getTranslations("GridWording");
  return (
    <form method="get" action={`/grids/${gridId}`} className="mb-4 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="wording-language" className="block font-medium">
          {t("language")}
        </label>
        <select
          id="wording-language"
          name="lang"
          defaultValue={shown}
          className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {languageLabel(locale, locale)}
              {locale !== readerLocale ? ` (${languageLabel(locale, readerLocale)})` : ""}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md border border-teal-800 px-4 font-medium text-teal-800"
      >
        {t("show")}
      </button>
    </form>
  );
}
