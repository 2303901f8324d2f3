import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SessionSummary } from "@/lib/summaries/assemble";
import { NoteList } from "./note-list";
import { countText } from "./summary-text";
import { WiseSummarySection } from "./wise-summary";

/** The full summary: what the group did, each WISE, workers in aggregate, the discussion. */
export async function FullSummary({ summary }: { summary: SessionSummary }) {
  const [t, tForm, tThemes, format, dates, locale] = await Promise.all([
    getTranslations("Summaries"),
    getTranslations("WiseForm"),
    getTranslations("Sessions.notes.themes"),
    getFormatter(),
    getDateFormatter(),
    getLocale(),
  ]);
  const country = countryName(summary.countryCode, locale);
  return (
    <>
      <section aria-labelledby="what-heading" className="mb-8">
        <h2 id="what-heading" className="mb-2 text-xl font-semibold">
          {t("what.heading")}
        </h2>
        <div className="grid max-w-prose gap-1">
          <p>{t("what.when", { date: dates.date(summary.startsAt) })}</p>
          <p>
            {summary.online || !summary.place
              ? t("what.whereOnline", { country })
              : t("what.where", { place: summary.place, country })}
          </p>
          <p>{t("what.wises", { count: summary.wiseCount })}</p>
          <p>{t("what.raters", { count: summary.raterCount })}</p>
          <p>{t("what.scale")}</p>
          <p className="text-sm text-slate-700">{t("what.privacy")}</p>
        </div>
      </section>

      <section aria-labelledby="wises-heading" className="mb-8">
        <h2 id="wises-heading" className="mb-3 text-xl font-semibold">
          {t("wisesHeading")}
        </h2>
        {summary.wises.map((wise) => (
          <WiseSummarySection key={wise.id} wise={wise} categories={summary.categories} />
        ))}
      </section>

      <section aria-labelledby="support-heading" className="mb-8">
        <h2 id="support-heading" className="mb-1 text-xl font-semibold">
          {t("supportNeeds.heading")}
        </h2>
        <p className="mb-2 text-slate-700">{t("supportNeeds.intro")}</p>
        {summary.supportNeeds.length === 0 ? (
          <p>{t("supportNeeds.empty")}</p>
        ) : (
          <dl className="max-w-xl">
            {summary.supportNeeds.map(({ category, count }) => (
              <div
                key={category}
                className="flex flex-wrap justify-between gap-x-4 border-b border-slate-200 py-2"
              >
                <dt>{tForm(`categoryNames.${category}`)}</dt>
                <dd className="font-medium">{countText(count, t, format)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {summary.themes.length > 0 && (
        <section aria-labelledby="themes-heading" className="mb-8">
          <h2 id="themes-heading" className="mb-2 text-xl font-semibold">
            {t("themesHeading")}
          </h2>
          {summary.themes.map(({ theme, notes }) => (
            <div key={theme} className="mb-3">
              <h3 className="font-semibold">{tThemes(theme)}</h3>
              <NoteList notes={notes} />
            </div>
          ))}
        </section>
      )}

      {summary.generalNotes.length > 0 && (
        <section aria-labelledby="general-heading" className="mb-8">
          <h2 id="general-heading" className="mb-2 text-xl font-semibold">
            {t("generalHeading")}
          </h2>
          <NoteList notes={summary.generalNotes} />
        </section>
      )}
    </>
  );
}
