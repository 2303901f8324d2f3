import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import type { WaitingSection } from "@/lib/home/queries";
import { hrefOf, isCounted, type WaitingItem } from "@/lib/home/rules";

/** The home's "waiting for you" lists: one section per kind, each item a link to its job. */
export async function WaitingList({ sections }: { sections: WaitingSection[] }) {
  const t = await getTranslations("Waiting");
  return (
    <div className="grid gap-4">
      {sections.map((section) => {
        const headingId = `waiting-${section.kind}`;
        return (
          <section
            key={section.kind}
            aria-labelledby={headingId}
            className={`rounded-lg border bg-white p-4 shadow-sm ${
              isCounted(section.kind) ? "border-teal-700" : "border-slate-300"
            }`}
          >
            <h3 id={headingId} className="text-lg font-semibold">
              {t(`kinds.${section.kind}.title`)}{" "}
              <span className="text-slate-700">({section.count})</span>
            </h3>
            <p className="mt-1 text-slate-700">{t(`kinds.${section.kind}.hint`)}</p>
            <ul className="mt-3 grid gap-2">
              {section.items.map((item) => (
                <WaitingEntry key={item.id} item={item} />
              ))}
            </ul>
            {section.count > section.items.length && (
              <p className="mt-2 text-sm text-slate-700">
                {t("showing", { shown: section.items.length, count: section.count })}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

async function WaitingEntry({ item }: { item: WaitingItem }) {
  const [t, dates, locale] = await Promise.all([
    getTranslations("Waiting"),
    getDateFormatter(),
    getLocale(),
  ]);
  const date = (at: Date) => dates.dateTime(at);
  const details: string[] = [];
  if (item.kind === "NEW_SUMMARY" && item.at) details.push(t("published", { date: date(item.at) }));
  else if (item.kind === "PENDING_INVITATION" && item.at)
    details.push(t(item.expired ? "linkExpired" : "linkExpires", { date: date(item.at) }));
  else if (item.at) details.push(date(item.at));
  if (item.kind !== "PENDING_INVITATION" && item.countryCode)
    details.push(countryName(item.countryCode, locale));
  if (item.kind === "INVITED_TO_SCORE" && item.total !== null)
    details.push(t("toScore", { remaining: item.remaining ?? 0, total: item.total }));
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <Link
        href={hrefOf(item)}
        className="font-medium text-teal-800 underline underline-offset-4 focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        {item.label}
      </Link>
      <span className="text-sm text-slate-700">{details.join(" · ")}</span>
      {item.kind === "SCORING" && (
        <Link
          href={`/sessions/${item.id}/live`}
          aria-label={t("runLiveOf", { title: item.label })}
          className="text-sm font-medium text-teal-800 underline underline-offset-4"
        >
          {t("runLive")}
        </Link>
      )}
    </li>
  );
}
