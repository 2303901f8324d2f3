import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NewCaseStudyForm } from "@/components/case-studies/new-case-study-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button-classes";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import {
  getCaseStudySuggestions,
  getNewCaseStudyChoices,
  listCaseStudies,
  listCaseStudyCountries,
} from "@/lib/case-studies/queries";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { languageLabel } from "@/lib/i18n/language-name";
import { LOCALES } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CaseStudies");
  return { title: t("title") };
}

type SearchParams = Promise<{ country?: string; wise?: string }>;

/** The studies in the reader's scope, the suggested WISEs, and a new study. */
export default async function CaseStudiesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("caseStudy.list");
  const query = await searchParams;
  const [studies, suggestions, countries, t, dates, locale] = await Promise.all([
    listCaseStudies(user),
    getCaseStudySuggestions(user),
    listCaseStudyCountries(user),
    getTranslations("CaseStudies"),
    getDateFormatter(),
    getLocale(),
  ]);
  // A partner writes their own country's studies; an admin picks the country.
  const own = user.countryCode && countries.includes(user.countryCode) ? user.countryCode : null;
  const asked = typeof query.country === "string" ? query.country.toUpperCase() : null;
  const newCountry = own ?? (asked && countries.includes(asked) ? asked : countries[0]) ?? null;
  const choices = newCountry ? await getNewCaseStudyChoices(user, newCountry) : null;
  const languages = LOCALES.map((code) => ({ value: code, label: languageLabel(code, locale) }));
  return (
    <ClientMessages namespaces={["CaseStudies", "Errors", "Forms"]}>
      <ListPageHeader title={t("title")} description={t("description")} />
      {studies.length === 0 ? (
        <p className="mb-6">{t("empty")}</p>
      ) : (
        <div className="mb-8 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  {t("columns.wise")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.country")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.language")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.status")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.author")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {studies.map((study) => (
                <tr key={study.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link
                      href={`/case-studies/${study.id}`}
                      className="font-medium text-teal-800 underline"
                    >
                      {study.wise.name}
                    </Link>
                  </td>
                  <td className="p-2">{countryName(study.countryCode, locale)}</td>
                  <td className="p-2">{languageLabel(study.locale, locale)}</td>
                  <td className="p-2">{t(`status.${study.status}`)}</td>
                  <td className="p-2">{study.author.name}</td>
                  <td className="p-2">{dates.date(study.updatedAt, "medium")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {suggestions && (
        <section aria-labelledby="suggested-heading" className="mb-8">
          <h2 id="suggested-heading" className="mb-2 text-xl font-semibold">
            {t("suggested.heading")}
          </h2>
          <p className="mb-2 text-slate-700">
            {t("suggested.intro", { country: countryName(suggestions.countryCode, locale) })}
          </p>
          <SuggestionList suggestions={suggestions} />
        </section>
      )}
      {choices && (
        <section aria-labelledby="new-heading" className="mb-8">
          <h2 id="new-heading" className="mb-2 text-xl font-semibold">
            {t("new.heading")}
          </h2>
          {!own && (
            <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="country" className="block font-medium">
                  {t("new.country")}
                </label>
                <select
                  id="country"
                  name="country"
                  defaultValue={choices.countryCode}
                  className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2"
                >
                  {countries.map((code) => (
                    <option key={code} value={code}>
                      {countryName(code, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={buttonClasses("secondary")}>
                {t("new.chooseCountry")}
              </button>
            </form>
          )}
          {choices.wises.length === 0 ? (
            <p>{t("new.noWises")}</p>
          ) : (
            <NewCaseStudyForm
              key={typeof query.wise === "string" ? query.wise : ""}
              wises={choices.wises}
              languages={languages}
              defaultLocale={locale}
              defaultWiseId={typeof query.wise === "string" ? query.wise : undefined}
            />
          )}
        </section>
      )}
    </ClientMessages>
  );
}

async function SuggestionList({
  suggestions,
}: {
  suggestions: NonNullable<Awaited<ReturnType<typeof getCaseStudySuggestions>>>;
}) {
  const [t, tModels] = await Promise.all([
    getTranslations("CaseStudies.suggested"),
    getTranslations("Models"),
  ]);
  const withWise = suggestions.models.filter((entry) => entry.wise);
  if (withWise.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="grid gap-2" data-testid="case-study-suggestions">
      {suggestions.models.map(({ model, wise }) => (
        <li key={model} className="rounded-md border border-slate-300 bg-white p-2">
          <span className="font-semibold">{tModels(`${model}.name`)}</span>:{" "}
          {wise ? (
            <>
              {t("from", { wise: wise.name, session: wise.sessionTitle })}{" "}
              <Link
                href={`/case-studies?wise=${wise.id}#new-heading`}
                className="text-teal-800 underline"
              >
                {t("start", { wise: wise.name })}
              </Link>
            </>
          ) : (
            <span className="text-slate-700">{t("noCandidate")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
