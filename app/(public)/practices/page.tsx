import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LibraryFilters } from "@/components/good-practices/library-filters";
import { LibraryResults } from "@/components/good-practices/library-results";
import { PageHeader } from "@/components/ui/page-header";
import { countriesByName } from "@/lib/countries/catalogue";
import { listGoodPracticeCountries, searchGoodPractices } from "@/lib/good-practices/queries";
import { parseLibraryFilter } from "@/lib/good-practices/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("GoodPractices.public");
  return { title: t("title") };
}

/** The published good practices, for anyone: the same search, no account, no names. */
export default async function PublicPracticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = parseLibraryFilter(await searchParams);
  const [result, countryCodes, t, locale] = await Promise.all([
    searchGoodPractices("public", filter),
    listGoodPracticeCountries("public"),
    getTranslations("GoodPractices.public"),
    getLocale(),
  ]);
  const countries = countriesByName(countryCodes, locale).map((c) => ({
    value: c.code,
    label: c.name,
  }));
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <LibraryFilters filter={filter} action="/practices" countries={countries} />
      <LibraryResults result={result} filter={filter} basePath="/practices" />
    </>
  );
}
