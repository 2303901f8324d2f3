import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { getNewestGridId } from "@/lib/grids/queries";
import { languageLabel, languageName } from "@/lib/i18n/language-name";
import { setLanguageStatusAction } from "@/lib/languages/actions";
import { listLanguages } from "@/lib/languages/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Languages");
  return { title: t("title") };
}

/** Every language's review status; an admin or a language's partner marks it reviewed. */
export default async function LanguagesPage() {
  const user = await requirePermission("language.list");
  const [languages, gridId, t, locale, dates] = await Promise.all([
    listLanguages(user),
    getNewestGridId(),
    getTranslations("Languages"),
    getLocale(),
    getDateFormatter(),
  ]);
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                {t("language")}
              </th>
              <th scope="col" className="p-2">
                {t("status")}
              </th>
              <th scope="col" className="p-2">
                {t("reviewedBy")}
              </th>
              <th scope="col" className="p-2">
                {t("reviewedAt")}
              </th>
              <th scope="col" className="p-2">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {languages.map((language) => {
              const name = languageName(language.locale, locale);
              return (
                <tr key={language.locale} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {languageLabel(language.locale, locale)}{" "}
                    <span lang={language.locale} className="font-normal text-slate-700">
                      ({languageLabel(language.locale, language.locale)})
                    </span>
                  </th>
                  <td className="p-2">
                    {language.state === "REFERENCE"
                      ? t("reference")
                      : t(`statuses.${language.state}`)}
                  </td>
                  <td className="p-2">{language.reviewedBy ?? t("nobody")}</td>
                  <td className="p-2">
                    {language.reviewedAt ? dates.date(language.reviewedAt) : t("nobody")}
                  </td>
                  <td className="flex flex-wrap gap-2 p-2">
                    {language.mayReview && (
                      <ActionForm
                        action={setLanguageStatusAction}
                        fields={{
                          locale: language.locale,
                          status: language.state === "REVIEWED" ? "DRAFT" : "REVIEWED",
                        }}
                        label={language.state === "REVIEWED" ? t("markDraft") : t("markReviewed")}
                        accessibleLabel={
                          language.state === "REVIEWED"
                            ? t("markDraftNamed", { language: name })
                            : t("markReviewedNamed", { language: name })
                        }
                      />
                    )}
                    {language.mayCorrect && (
                      <>
                        <Link
                          href={`/languages/${language.locale}`}
                          aria-label={t("correctTextsNamed", { language: name })}
                          className="inline-flex min-h-11 items-center text-teal-800 underline"
                        >
                          {t("correctTexts")}
                        </Link>
                        {gridId && (
                          <Link
                            href={`/grids/${gridId}?lang=${language.locale}`}
                            aria-label={t("correctGridNamed", { language: name })}
                            className="inline-flex min-h-11 items-center text-teal-800 underline"
                          >
                            {t("correctGrid")}
                          </Link>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </ClientMessages>
  );
}
