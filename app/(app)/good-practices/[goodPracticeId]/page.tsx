import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PracticeBody } from "@/components/good-practices/practice-body";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { publishGoodPracticeAction } from "@/lib/good-practices/actions";
import { getGoodPractice } from "@/lib/good-practices/queries";
import { languageName } from "@/lib/i18n/language-name";
import { getSessionAccess } from "@/lib/sessions/access";

type Params = { params: Promise<{ goodPracticeId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("GoodPractices");
  return { title: t("title") };
}

const LINK = "text-teal-800 underline underline-offset-4";

/** One good practice for signed-in readers: where it came from, and publishing for its partner. */
export default async function GoodPracticePage({ params }: Params) {
  const { goodPracticeId } = await params;
  const user = await requirePermission("goodPractice.read");
  const item = await getGoodPractice(user, goodPracticeId);
  if (!item) notFound();
  const [t, dates, locale] = await Promise.all([
    getTranslations("GoodPractices"),
    getDateFormatter(),
    getLocale(),
  ]);
  const mayEdit = can(user, "goodPractice.update", item);
  // Every signed-in user reads the library; only those who may read its source are led to it.
  const noteSession = item.sessionNote
    ? await getSessionAccess(user, item.sessionNote.sessionId)
    : null;
  const mayOpenSession = noteSession !== null && can(user, "session.read", noteSession);
  const mayOpenStudy = can(user, "caseStudy.read", item);
  const mayPublish = can(user, "goodPractice.publish", item);
  const published = item.publishedAt !== null;
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <p className="mb-2">
        <Link href="/good-practices" className={LINK}>
          {t("detail.back")}
        </Link>
      </p>
      <PageHeader
        title={item.title}
        description={[
          t("detail.country", { country: countryName(item.countryCode, locale) }),
          item.wise ? t("detail.wise", { name: item.wise.name }) : null,
          t("detail.language", { language: languageName(item.locale, locale) }),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          mayEdit && (
            <Link href={`/good-practices/${item.id}/edit`} className={buttonClasses("secondary")}>
              {t("detail.edit")}
            </Link>
          )
        }
      />
      <div className="mb-6 rounded-md border border-slate-300 bg-white p-3">
        {published && item.publishedAt ? (
          <>
            <p className="font-medium">
              {t("publishedOn", { date: dates.date(item.publishedAt, "long") })}
            </p>
            <p>
              {t("detail.publicNotice")}{" "}
              <Link href={`/practices/${item.id}`} className={LINK}>
                {t("detail.publicLink")}
              </Link>
            </p>
          </>
        ) : (
          <p>
            <span className="mr-2 rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 font-medium text-amber-900">
              {t("notPublic")}
            </span>
            {t("detail.notPublicNotice")}
          </p>
        )}
        {mayPublish && (
          <div className="mt-3">
            <ActionForm
              action={publishGoodPracticeAction}
              fields={{ goodPracticeId: item.id, publish: published ? "false" : "true" }}
              label={published ? t("detail.unpublish") : t("detail.publish")}
              variant={published ? "secondary" : "primary"}
              confirm={published ? t("detail.unpublishConfirm") : undefined}
            />
          </div>
        )}
      </div>
      <PracticeBody item={item} />
      <p className="text-sm text-slate-700">
        {t("detail.markedBy", {
          name: item.author.name,
          date: dates.date(item.createdAt, "long"),
        })}
        {" · "}
        {item.sessionNote ? (
          <>
            {t("detail.fromNote")}{" "}
            {mayOpenSession && (
              <Link href={`/sessions/${item.sessionNote.sessionId}`} className={LINK}>
                {t("detail.openSession")}
              </Link>
            )}
          </>
        ) : item.caseStudySection && item.caseStudyId ? (
          <>
            {t("detail.fromCaseStudy", { section: t(`sectionNames.${item.caseStudySection}`) })}{" "}
            {mayOpenStudy && (
              <Link href={`/case-studies/${item.caseStudyId}`} className={LINK}>
                {t("detail.openCaseStudy")}
              </Link>
            )}
          </>
        ) : null}
      </p>
    </ClientMessages>
  );
}
