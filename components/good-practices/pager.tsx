import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous and next links that keep the search and filters (the address is the state). */
export async function Pager({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("GoodPractices.paging");
  const link = "min-h-11 inline-flex items-center text-teal-800 underline underline-offset-4";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={link}>
          {t("previous")}
        </Link>
      )}
      <span>{t("position", { page, pages })}</span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} className={link}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
