import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { ListPageHeader } from "@/components/ui/list-page-header";
import { filterQuery } from "@/components/wises/filter-query";
import { WiseFilters } from "@/components/wises/wise-filters";
import { WisePagination } from "@/components/wises/wise-pagination";
import { WiseTable } from "@/components/wises/wise-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countriesByName } from "@/lib/countries/catalogue";
import { listWiseFilterOptions, listWises } from "@/lib/wises/queries";
import { WiseFilterSchema } from "@/lib/wises/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Wises");
  return { title: t("title") };
}

export default async function WisesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("wise.list");
  const filter = WiseFilterSchema.parse(await searchParams);
  const [list, options, t, locale] = await Promise.all([
    listWises(user, filter),
    listWiseFilterOptions(user),
    getTranslations("Wises"),
    getLocale(),
  ]);
  const countryOptions = countriesByName(options.countryCodes, locale).map((c) => ({
    value: c.code,
    label: c.name,
  }));
  const filtered = Boolean(filter.q || filter.country || filter.region || filter.check);
  return (
    <>
      <ListPageHeader
        title={t("title")}
        description={t("description")}
        newItem={can(user, "wise.create") && { href: "/wises/new", label: t("new") }}
      >
        {can(user, "wise.import") && (
          <Link href="/wises/import" className={buttonClasses("secondary")}>
            {t("import")}
          </Link>
        )}
      </ListPageHeader>
      <WiseFilters filter={filter} countryOptions={countryOptions} regions={options.regions} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-medium">
          {t("resultCount", { count: list.total })}
        </p>
        {list.total > 0 && (
          <div className="flex flex-wrap items-center gap-2">
            <span id="download-label" className="text-sm font-medium">
              {t("download")}
            </span>
            {(["csv", "xlsx"] as const).map((format) => (
              <a
                key={format}
                href={`/api/wises/export?${filterQuery({ ...filter, page: undefined }, { format })}`}
                aria-describedby="download-label download-hint"
                className={buttonClasses("secondary")}
                download
              >
                {format === "csv" ? t("downloadCsv") : t("downloadXlsx")}
              </a>
            ))}
            <p id="download-hint" className="w-full text-sm text-slate-600">
              {t("downloadHint")}
            </p>
          </div>
        )}
      </div>
      {list.total === 0 ? (
        <p className="rounded-lg border border-slate-300 bg-white p-4">
          {filtered ? t("empty") : t("emptyRegistry")}
        </p>
      ) : (
        <>
          <WiseTable items={list.items} />
          <WisePagination filter={filter} page={list.page} pageCount={list.pageCount} />
        </>
      )}
    </>
  );
}
