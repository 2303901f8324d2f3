import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SurveyForm } from "@/components/skills/survey-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { COUNTRY_CODES, countriesByName, countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { instantToWallTime } from "@/lib/dates/zoned-time";
import { serverEnv } from "@/lib/env";
import { getCurrentSkillFramework } from "@/lib/skills/framework/queries";
import {
  getNewSurveyOptions,
  getSurveySession,
  surveyCountryFor,
} from "@/lib/skills/surveys/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Surveys.new");
  return { title: t("title") };
}

type Search = Promise<{ country?: string; sessionId?: string }>;

export default async function NewSurveyPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("survey.list");
  const { country, sessionId } = await searchParams;
  const [t, locale, dates, framework] = await Promise.all([
    getTranslations("Surveys.new"),
    getLocale(),
    getDateFormatter(),
    getCurrentSkillFramework(),
  ]);
  // A focus group chosen decides the country (its lead may be from elsewhere).
  const session = sessionId ? await getSurveySession(sessionId) : null;
  const countryCode = session?.countryCode ?? surveyCountryFor(user, country);
  const header = <PageHeader title={t("title")} description={t("description")} />;
  if (!countryCode) {
    return (
      <>
        {header}
        <form method="get" className="flex max-w-xl flex-wrap items-end gap-3">
          <div>
            <label htmlFor="country" className="block font-medium">
              {t("chooseCountry")}
            </label>
            <select
              id="country"
              name="country"
              className="mt-1 min-h-11 rounded-md border border-slate-500 bg-white px-3"
            >
              {countriesByName(COUNTRY_CODES, locale).map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("showCountry")}
          </button>
        </form>
      </>
    );
  }
  const target = {
    countryCode,
    createdById: null,
    sessionFacilitatorId: session?.facilitatorId ?? null,
  };
  const options = await getNewSurveyOptions(user, countryCode);
  if (!can(user, "survey.create", target) && options.sessions.length === 0) forbidden();
  const { timeZone } = serverEnv();
  const today = instantToWallTime(new Date(), timeZone).slice(0, 10);
  const inTwoWeeks = instantToWallTime(new Date(Date.now() + 14 * 86_400_000), timeZone).slice(
    0,
    10,
  );
  const name = countryName(countryCode, locale);
  const chosenSession = session && can(user, "survey.create", target) ? session : null;
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Surveys"]}>
      {header}
      {options.sessions.length > 0 && (
        <section aria-labelledby="from-focus-group" className="mb-6">
          <h2 id="from-focus-group" className="text-lg font-semibold">
            {t("fromFocusGroup")}
          </h2>
          <p className="mb-2 text-slate-700">{t("fromFocusGroupHint")}</p>
          <ul className="flex flex-col gap-2">
            {options.sessions.map((option) => (
              <li key={option.id}>
                <Link
                  href={`/surveys/new?country=${option.countryCode}&sessionId=${option.id}`}
                  className="text-teal-800 underline"
                  aria-current={option.id === chosenSession?.id ? "true" : undefined}
                >
                  {t("useFocusGroup", { count: option.wiseIds.length, title: option.title })}
                </Link>
              </li>
            ))}
          </ul>
          {chosenSession && (
            <p role="status" className="mt-2 rounded-md border border-teal-700 bg-teal-50 p-2">
              {t("usingFocusGroup", { title: chosenSession.title })}
            </p>
          )}
        </section>
      )}
      {framework && (
        <p className="mb-4 text-sm text-slate-700">
          {t("framework", { name: framework.name, version: framework.version })}
        </p>
      )}
      <SurveyForm
        // A new key when the focus group changes, so the ticked boxes follow it.
        key={chosenSession?.id ?? "none"}
        countryCode={countryCode}
        countryName={name}
        wises={options.wises}
        selectedWiseIds={chosenSession?.wiseIds ?? []}
        sessionId={chosenSession?.id}
        defaultTitle={chosenSession?.title ?? ""}
        defaultOpensOn={today}
        defaultClosesOn={inTwoWeeks}
        zoneName={dates.zone()}
      />
    </ClientMessages>
  );
}
