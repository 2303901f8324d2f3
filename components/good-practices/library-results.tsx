import { getTranslations } from "next-intl/server";
import { libraryHref } from "@/lib/good-practices/rules";
import { LIBRARY_PAGE_SIZE, type LibraryFilter } from "@/lib/good-practices/schemas";
import { Pager } from "./pager";
import { PracticeList } from "./practice-list";

type Props = {
  result: { items: Parameters<typeof PracticeList>[0]["items"]; total: number };
  filter: LibraryFilter;
  basePath: string;
};

/** The number of matches (announced when it changes), the page of results and the pager. */
export async function LibraryResults({ result, filter, basePath }: Props) {
  const t = await getTranslations("GoodPractices");
  const pages = Math.max(1, Math.ceil(result.total / LIBRARY_PAGE_SIZE));
  return (
    <>
      <p role="status" className="mb-3 font-medium">
        {t("count", { count: result.total })}
      </p>
      <PracticeList items={result.items} basePath={basePath} />
      <Pager
        page={Math.min(filter.page, pages)}
        pages={pages}
        hrefFor={(page) => libraryHref(basePath, filter, page)}
      />
    </>
  );
}
