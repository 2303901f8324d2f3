import { getLocale, getTranslations } from "next-intl/server";
import { isDraftLanguage } from "@/lib/languages/queries";

/**
 * A one-line notice, in the reader's language, on every page of a language no native speaker has
 * checked yet (lib/languages). Nothing for English or a reviewed language.
 */
export async function DraftNotice() {
  const locale = await getLocale();
  if (!(await isDraftLanguage(locale))) return null;
  const t = await getTranslations("DraftNotice");
  return (
    <aside
      aria-labelledby="draft-notice"
      className="border-b border-amber-300 bg-amber-50 px-4 py-1 text-center text-sm text-amber-950"
    >
      <p id="draft-notice">{t("text")}</p>
    </aside>
  );
}
