import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LibraryFilters } from "@/components/good-practices/library-filters";
import { LibraryResults } from "@/components/good-practices/library-results";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { requirePermission } from "@/lib/auth/session";
import { countriesByName } from "@/lib/countries/catalogue";
import { listGoodPracticeCountries, searchGoodPractices } from "@/lib/good-practices/queries";
import { parseLibraryFilter } from "@/lib/good-practices/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("GoodPractices");
  return { title: t("title") };
}

/** The library across countries, for every signed-in user; unpublished items carry a badge. */
export default async function GoodPracticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("goodPractice.read");
  const filter = parseLibraryFilter(await searchParams);
  const audience = { signedIn: user };
  const [result, countryCodes, t, locale] = await Promise.all([
    searchGoodPractices(audience, filter),
    listGoodPracticeCountries(audience),
    getTranslations("GoodPractices"),
    getLocale(),
  ]);
  const countries = countriesByName(countryCodes, locale).map((c) => ({
    value: c.code,
    label: c.name,
  }));
  return (
    <>
      <ListPageHeader title={t("title")} description={t("intro")}>
        <Link
          href="/practices"
          className="min-h-11 py-2 text-teal-800 underline underline-offset-4"
        >
          {t("publicLibrary")}
        </Link>
      </ListPageHeader>
      <LibraryFilters filter={filter} action="/good-practices" countries={countries} />
      <LibraryResults result={result} filter={filter} basePath="/good-practices" />
    </>
  );
}
