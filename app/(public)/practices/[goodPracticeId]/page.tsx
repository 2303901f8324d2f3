import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PracticeBody } from "@/components/good-practices/practice-body";
import { PageHeader } from "@/components/ui/page-header";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { getPublishedGoodPractice } from "@/lib/good-practices/queries";
import { languageName } from "@/lib/i18n/language-name";

type Params = { params: Promise<{ goodPracticeId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const item = await getPublishedGoodPractice((await params).goodPracticeId);
  const t = await getTranslations("GoodPractices.public");
  return { title: item?.title ?? t("title") };
}

/** A published good practice for anyone; an unpublished or missing one is not found. */
export default async function PublicPracticePage({ params }: Params) {
  const item = await getPublishedGoodPractice((await params).goodPracticeId);
  if (!item?.publishedAt) notFound();
  const [t, dates, locale] = await Promise.all([
    getTranslations("GoodPractices"),
    getDateFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <p className="mb-2">
        <Link href="/practices" className="text-teal-800 underline underline-offset-4">
          {t("public.back")}
        </Link>
      </p>
      <PageHeader
        title={item.title}
        description={[
          t("detail.country", { country: countryName(item.countryCode, locale) }),
          item.wise ? t("detail.wise", { name: item.wise.name }) : null,
          t("detail.language", { language: languageName(item.locale, locale) }),
          t("publishedOn", { date: dates.date(item.publishedAt, "long") }),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <PracticeBody item={item} />
    </>
  );
}
