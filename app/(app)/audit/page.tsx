import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEntries } from "@/lib/audit/queries";
import { AuditFilterSchema } from "@/lib/audit/schemas";
import { auditReadScope } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Audit");
  return { title: t("title") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("audit.read");
  const filter = AuditFilterSchema.parse(await searchParams);
  const [t, locale, timeZone] = await Promise.all([
    getTranslations("Audit"),
    getLocale(),
    getTimeZone(),
  ]);
  const list = await listAuditEntries(user, filter, timeZone);
  const scope = auditReadScope(user);
  const description = scope.countryCode
    ? t("descriptionCountry", { country: countryName(scope.countryCode, locale) })
    : t("description");
  return (
    <>
      <PageHeader title={t("title")} description={description} />
      <AuditFilters filter={filter} />
      <p role="status" className="mb-3 font-medium">
        {t("showing", { shown: list.entries.length, total: list.total })}
      </p>
      {list.total === 0 ? (
        <p className="rounded-lg border border-slate-300 bg-white p-4">{t("empty")}</p>
      ) : (
        <>
          <AuditTable entries={list.entries} />
          <AuditPagination filter={filter} page={list.page} pageCount={list.pageCount} />
        </>
      )}
    </>
  );
}
