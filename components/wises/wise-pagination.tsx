import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import type { WiseFilter } from "@/lib/wises/schemas";
import { filterQuery } from "./filter-query";

/** Previous and next links that keep the filters; nothing when everything fits on one page. */
export async function WisePagination({
  filter,
  page,
  pageCount,
}: {
  filter: WiseFilter;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Wises");
  const href = (target: number) => `/wises?${filterQuery(filter, { page: target })}`;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} className={buttonClasses("secondary")} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={buttonClasses("secondary")} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
