import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import type { listWises } from "@/lib/wises/queries";
import { OutcomeBadge } from "./outcome-badge";
import { ScrollRegion } from "./scroll-region";

type Item = Awaited<ReturnType<typeof listWises>>["items"][number];

/**
 * The registry as a table that scrolls sideways on a narrow screen; the scrolling region can be
 * focused so that keyboard users can scroll it too.
 */
export async function WiseTable({ items }: { items: Item[] }) {
  const [t, tRules, format, locale] = await Promise.all([
    getTranslations("Wises"),
    getTranslations("CountryRules"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ScrollRegion labelledBy="wise-table-caption">
      <table className="w-full min-w-[56rem] border-collapse text-left">
        <caption id="wise-table-caption" className="sr-only">
          {t("title")}
        </caption>
        <thead>
          <tr className="border-b border-slate-400 align-bottom">
            <th scope="col" className="p-3">
              {t("name")}
            </th>
            <th scope="col" className="p-3">
              {t("place")}
            </th>
            <th scope="col" className="p-3 text-right">
              {t("employees")}
            </th>
            <th scope="col" className="p-3 text-right">
              {t("supportNeedWorkers")}
            </th>
            <th scope="col" className="p-3">
              {t("checks")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((wise) => (
            <tr key={wise.id} className="border-b border-slate-200">
              <th scope="row" className="p-3 font-normal">
                <Link
                  href={`/wises/${wise.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-teal-800 underline underline-offset-4"
                >
                  {wise.name}
                </Link>
              </th>
              <td className="p-3">
                {countryName(wise.countryCode, locale)}
                {wise.region && <span className="block text-sm text-slate-700">{wise.region}</span>}
              </td>
              <td className="p-3 text-right">
                {wise.totalEmployees === null ? "—" : format.number(wise.totalEmployees)}
              </td>
              <td className="p-3 text-right">
                {wise.supportNeedWorkers === null ? "—" : format.number(wise.supportNeedWorkers)}
              </td>
              <td className="p-3">
                {/* Only the rules of the WISE's country (and the EU's): one list, not a column per rule. */}
                <ul className="grid gap-1 text-sm">
                  {wise.checks.map((check) => (
                    <li key={check.rule} className="flex flex-wrap items-center gap-1">
                      <abbr title={tRules(`rules.${check.rule}.name`)} className="no-underline">
                        {tRules(`rules.${check.rule}.short`)}
                      </abbr>
                      <OutcomeBadge outcome={check.outcome} label={t(`outcome.${check.outcome}`)} />
                      {check.unverified && (
                        <span className="text-amber-900">({tRules("unverified")})</span>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
