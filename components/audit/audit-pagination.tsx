import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import type { AuditFilter } from "@/lib/audit/schemas";

function pageHref(filter: AuditFilter, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return `/audit?${params.toString()}`;
}

/** Newer and older pages, keeping the filters; nothing when everything fits on one page. */
export async function AuditPagination(props: {
  filter: AuditFilter;
  page: number;
  pageCount: number;
}) {
  const { filter, page, pageCount } = props;
  if (pageCount <= 1) return null;
  const t = await getTranslations("Audit");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={pageHref(filter, page - 1)} className={buttonClasses("secondary")} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={pageHref(filter, page + 1)} className={buttonClasses("secondary")} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
