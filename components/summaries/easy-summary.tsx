import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SessionSummary, WiseSummary } from "@/lib/summaries/assemble";
import { easyCategoryName } from "@/lib/summaries/easy-read";
import { MIN_RATERS_FOR_RESULT, type ScoreBand } from "@/lib/summaries/rules";
import { NoteList } from "./note-list";
import { asSentence } from "./summary-text";

/** One idea per line, led by a picture that only repeats what the words say. */
function Line({ icon, children }: { icon: string; children: ReactNode }) {
  return (
    <p className="flex gap-3 py-1">
      <span aria-hidden="true" className="w-8 shrink-0 text-center">
        {icon}
      </span>
      <span className="min-w-0 break-words">{children}</span>
    </p>
  );
}

const BAND_ICON: Record<ScoreBand, string> = {
  strong: "🌟",
  good: "👍",
  developing: "🌱",
  weak: "🆘",
};

/** The easy-read summary: short sentences, large type, no numbers beyond counts. */
export async function EasySummary({ summary }: { summary: SessionSummary }) {
  const [t, tThemes, dates] = await Promise.all([
    getTranslations("Summaries.easy"),
    getTranslations("Sessions.notes.themes"),
    getDateFormatter(),
  ]);
  return (
    <div className="text-xl leading-relaxed">
      <section aria-label={t("title")} className="mb-8">
        <Line icon="📅">{t("when", { date: dates.date(summary.startsAt) })}</Line>
        <Line icon="📍">
          {summary.online || !summary.place ? t("online") : t("where", { place: summary.place })}
        </Line>
        <Line icon="🏢">{t("wises", { count: summary.wiseCount })}</Line>
        <Line icon="👥">{t("raters", { count: summary.raterCount })}</Line>
        <Line icon="⭐">{t("scale")}</Line>
        <Line icon="🔒">{t("privacy")}</Line>
        <Line icon="🔒">{t("hiddenWhy", { minimum: MIN_RATERS_FOR_RESULT })}</Line>
      </section>
      {summary.wises.map((wise) => (
        <EasyWise key={wise.id} wise={wise} categories={summary.categories} />
      ))}
      {summary.themes.length > 0 && (
        <section aria-labelledby="easy-themes" className="mb-8">
          <h2 id="easy-themes" className="mb-2 text-2xl font-bold">
            {t("talkedAbout")}
          </h2>
          {summary.themes.map(({ theme, notes }) => (
            <div key={theme} className="mb-3">
              <Line icon="💬">{tThemes(theme)}</Line>
              <NoteList notes={notes} className="pl-11" />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

async function EasyWise({
  wise,
  categories,
}: {
  wise: WiseSummary;
  categories: SessionSummary["categories"];
}) {
  const [t, tModels, tReasons, locale] = await Promise.all([
    getTranslations("Summaries.easy"),
    getTranslations("Models"),
    getTranslations("Classification.reasons"),
    getLocale(),
  ]);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const headingId = `easy-wise-${wise.id}`;
  return (
    <section aria-labelledby={headingId} className="mb-8 border-t-2 border-slate-300 pt-4">
      <h2 id={headingId} className="mb-2 text-2xl font-bold break-words">
        {wise.name}
      </h2>
      {wise.sectors.length > 0 && (
        <Line icon="🛠️">{t("sectors", { sectors: wise.sectors.join(", ") })}</Line>
      )}
      {wise.region && <Line icon="📍">{t("region", { region: wise.region })}</Line>}
      {wise.totalEmployees !== null && (
        <Line icon="👷">{t("employees", { count: wise.totalEmployees })}</Line>
      )}
      {wise.agreedModel ? (
        <>
          <Line icon="🧩">{t("model", { model: tModels(`${wise.agreedModel}.name`) })}</Line>
          <Line icon="💡">{t(`models.${wise.agreedModel}`)}</Line>
          {wise.reasons.length > 0 && <Line icon="❓">{t("why")}</Line>}
          {wise.reasons.map((reason) => (
            <Line key={reason.key} icon="👉">
              {asSentence(
                tReasons(reason.key as "mode.MIXED", reason.values as Record<string, number>),
                locale,
              )}
            </Line>
          ))}
        </>
      ) : (
        <Line icon="🧩">{t("noModel")}</Line>
      )}
      {wise.results.map(({ categoryId, result }) => {
        const category = byId.get(categoryId);
        const name = category
          ? easyCategoryName(category, locale, (code) => t(`categories.${code}`))
          : "";
        if (result.kind === "score") {
          return (
            <Line key={categoryId} icon={BAND_ICON[result.band]}>
              {t(`band.${result.band}`, { category: name })}
            </Line>
          );
        }
        return (
          <Line key={categoryId} icon="➖">
            {result.kind === "tooFewRaters"
              ? t("tooFewRaters", { category: name, minimum: MIN_RATERS_FOR_RESULT })
              : t("notRated", { category: name })}
          </Line>
        );
      })}
      {wise.notes.length > 0 && <NoteList notes={wise.notes} className="mt-2 pl-11" />}
    </section>
  );
}
