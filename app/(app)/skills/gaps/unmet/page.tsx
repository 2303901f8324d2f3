import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/results/scroll-region";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getSkillNames } from "@/lib/skills/gaps/queries";
import { GapFilterSchema } from "@/lib/skills/gaps/schemas";
import { getUnmetGaps } from "@/lib/skills/plans/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DevelopmentPlans");
  return { title: t("unmetTitle") };
}

/** The most frequent unmet gaps of a country (or Europe): the input for new curricula. */
export default async function UnmetGapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const signedIn = await requireUser();
  const user = await requirePermission("skills.readGaps", {
    countryCode: signedIn.countryCode ?? "ZZ",
  });
  const { country } = GapFilterSchema.parse(await searchParams);
  const [unmet, t, tGaps, locale] = await Promise.all([
    getUnmetGaps(user, country),
    getTranslations("DevelopmentPlans"),
    getTranslations("SkillGaps"),
    getLocale(),
  ]);
  const skillName = await getSkillNames(
    unmet.rows.map((row) => row.code),
    locale,
  );
  return (
    <>
      <PageHeader
        title={`${t("unmetTitle")}: ${unmet.country ? countryName(unmet.country, locale) : tGaps("filters.europe")}`}
        description={t("unmetDescription")}
      />
      {unmet.rows.length === 0 ? (
        <p>{t("noUnmet")}</p>
      ) : (
        <ScrollRegion labelledBy="unmet-caption">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="unmet-caption" className="mb-1 text-left font-semibold">
              {t("unmetCaption")}
            </caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  {t("columns.skill")}
                </th>
                <th scope="col" className="p-2">
                  {t("columns.group")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("wises")}
                </th>
              </tr>
            </thead>
            <tbody>
              {unmet.rows.map((row) => (
                <tr key={`${row.grp}-${row.code}`} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {skillName(row.code)} <span className="text-slate-700">({row.code})</span>
                  </th>
                  <td className="p-2">{tGaps(`groups.${row.grp}` as "groups.ENABLER")}</td>
                  <td className="p-2 text-right tabular-nums">{row.wises}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
