import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CorrectionForm } from "@/components/languages/correction-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { languageName } from "@/lib/i18n/language-name";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { restoreTextAction } from "@/lib/languages/actions";
import { getCorrectableTexts } from "@/lib/languages/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Languages");
  return { title: t("title") };
}

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ show?: string | string[] }>;
};

/** The summaries' fixed texts of one language, each correctable by its partners and admins. */
export default async function CorrectionsPage({ params, searchParams }: PageProps) {
  const [{ locale: target }, { show }] = await Promise.all([params, searchParams]);
  if (!isLocale(target) || target === DEFAULT_LOCALE) notFound();
  const user = await requirePermission("content.correct", { locale: target });
  const [texts, t, locale] = await Promise.all([
    getCorrectableTexts(user, target),
    getTranslations("Corrections"),
    getLocale(),
  ]);
  const language = languageName(target, locale);
  const correctedOnly = show === "corrected";
  const shown = correctedOnly ? texts.filter((text) => text.correction) : texts;
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader title={t("title", { language })} description={t("description", { language })} />
      <p className="mb-4">
        <Link href="/languages" className="text-teal-800 underline">
          {t("back")}
        </Link>
      </p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="corrections-show" className="block font-medium">
            {t("filter")}
          </label>
          <select
            id="corrections-show"
            name="show"
            defaultValue={correctedOnly ? "corrected" : "all"}
            className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2"
          >
            <option value="all">{t("filterAll")}</option>
            <option value="corrected">{t("filterCorrected")}</option>
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-teal-800 px-4 font-medium text-teal-800"
        >
          {t("filter")}
        </button>
      </form>
      <ul className="space-y-4">
        {shown.map((text) => (
          <li key={text.key} className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="text-sm text-slate-700">
              <code>{text.key}</code>
              {text.correction && (
                <span className="ml-2 rounded bg-teal-100 px-1.5 py-0.5 text-xs font-medium text-teal-950">
                  {t("corrected")}
                </span>
              )}
            </p>
            <p className="mt-1">
              <span className="font-medium">{t("english")}: </span>
              <span lang="en">{text.english}</span>
            </p>
            <CorrectionForm
              locale={target}
              messageKey={text.key}
              current={text.correction?.text ?? text.catalogue}
              labels={{
                field: t("correction", { key: text.key }),
                hint: t("placeholdersHint", { example: "{count}" }),
                save: t("save"),
                saved: t("saved"),
                saving: t("save"),
              }}
            />
            {text.correction && (
              <div className="mt-2">
                <ActionForm
                  action={restoreTextAction}
                  fields={{ locale: target, key: text.key }}
                  label={t("restore")}
                  accessibleLabel={t("restoreNamed", { key: text.key })}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </ClientMessages>
  );
}
