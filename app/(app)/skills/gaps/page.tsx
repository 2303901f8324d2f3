import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GapExportLinks } from "@/components/skills/gap-export-links";
import { GapFilters } from "@/components/skills/gap-filters";
import { GapMapBody } from "@/components/skills/gap-map-body";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { countriesByName, countryName } from "@/lib/countries/catalogue";
import { getCountryGapMap, getSkillNames, listGapCountries } from "@/lib/skills/gaps/queries";
import { GapFilterSchema } from "@/lib/skills/gaps/schemas";
import { gapScope } from "@/lib/skills/gaps/scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SkillGaps");
  return { title: t("title") };
}

/** A country's gap map (partners: their own), or Europe's and any country's (admins). */
export default async function CountryGapMapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserWithGaps();
  const filter = GapFilterSchema.parse(await searchParams);
  const [map, t, locale] = await Promise.all([
    getCountryGapMap(user, filter),
    getTranslations("SkillGaps"),
    getLocale(),
  ]);
  const skillName = await getSkillNames(
    map.groups.flatMap((group) => group.skills.map((skill) => skill.code)),
    locale,
  );
  const countries = gapScope(user).everything ? await listGapCountries(user) : null;
  return (
    <>
      <PageHeader
        title={
          map.country
            ? t("countryTitle", { country: countryName(map.country, locale) })
            : t("europeTitle")
        }
        description={t("description")}
        actions={
          <span className="flex flex-wrap gap-4">
            <Link href="/skills/gaps/unmet" className="text-teal-800 underline underline-offset-4">
              {t("unmetLink")}
            </Link>
            <Link href="/skills/offers" className="text-teal-800 underline underline-offset-4">
              {t("offersLink")}
            </Link>
          </span>
        }
      />
      <GapFilters
        filter={filter}
        action="/skills/gaps"
        countries={
          countries
            ? countriesByName(countries, locale).map((c) => ({ value: c.code, label: c.name }))
            : null
        }
        rowChoices={map.country ? ["group", "model"] : ["country", "group", "model"]}
      />
      <GapExportLinks query={{ ...filter, country: map.country ?? undefined }} />
      <GapMapBody map={map} skillName={skillName} />
    </>
  );
}

/** Signed in, and allowed some country's gaps (their own, or every one). */
async function requireUserWithGaps() {
  const user = await requireUser();
  return requirePermission("skills.readGaps", { countryCode: user.countryCode ?? "ZZ" });
}
