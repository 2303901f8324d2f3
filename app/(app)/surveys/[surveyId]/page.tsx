import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RemindButton } from "@/components/skills/remind-button";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { publicOrigin } from "@/lib/http/public-origin";
import { closeSurveyAction } from "@/lib/skills/surveys/actions";
import { formatLinkCode, surveyLinkUrl } from "@/lib/skills/surveys/codes";
import { getSurvey } from "@/lib/skills/surveys/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Surveys");
  return { title: t("title") };
}

export default async function SurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  const user = await requireUser();
  // Null also when the reader may not know it exists (another country's survey).
  const survey = await getSurvey(user, surveyId);
  if (!survey) notFound();
  const [t, tGroups, dates] = await Promise.all([
    getTranslations("Surveys"),
    getTranslations("Surveys.groups"),
    getDateFormatter(),
  ]);
  const origin = publicOrigin();
  const lastDay = new Date(survey.closesAt.getTime() - 1);
  const open = survey.phase !== "closed";
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Surveys"]}>
      <PageHeader
        title={survey.title}
        description={t("dateRange", {
          from: dates.date(survey.opensAt),
          to: dates.date(lastDay),
        })}
      />
      <div className="mb-6 grid gap-1">
        <p className="font-semibold">{t("detail.state", { phase: t(`phase.${survey.phase}`) })}</p>
        <p>
          {t("detail.framework", {
            name: survey.framework.name,
            version: survey.framework.version,
          })}
        </p>
        {survey.session && (
          <p>
            <Link href={`/sessions/${survey.session.id}`} className="text-teal-800 underline">
              {t("detail.focusGroup", { title: survey.session.title })}
            </Link>
          </p>
        )}
        <p className="text-slate-700">
          {t("detail.createdBy", {
            name: survey.createdBy.name,
            date: dates.date(survey.createdAt),
          })}
        </p>
      </div>
      {!open && (
        <p role="status" className="mb-4 rounded-md border border-slate-400 bg-slate-50 p-3">
          {t("detail.closedNotice")}
        </p>
      )}
      <div className="mb-6 flex flex-wrap gap-3">
        <Link href={`/surveys/${survey.id}/sheet`} className={buttonClasses("secondary")}>
          {t("detail.printSheet")}
        </Link>
        {survey.manages && open && (
          <ActionForm
            action={closeSurveyAction}
            fields={{ surveyId: survey.id }}
            label={t("detail.close")}
            pendingLabel={t("detail.closing")}
            variant="danger"
            confirm={t("detail.closeConfirm")}
          />
        )}
      </div>
      <h2 className="text-xl font-semibold">{t("detail.links")}</h2>
      <p className="mb-4 text-slate-700">{t("detail.linksHint")}</p>
      {survey.wises.map((surveyWise) => (
        <section
          key={surveyWise.id}
          aria-labelledby={`wise-${surveyWise.id}`}
          className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h3 id={`wise-${surveyWise.id}`} className="text-lg font-semibold">
            {surveyWise.name}
          </h3>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">
                {t("detail.countsCaption", { wise: surveyWise.name })}
              </caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2">
                    {t("detail.group")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("detail.link")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("detail.code")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("detail.started")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("detail.finished")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {surveyWise.links.map((link) => {
                  const url = surveyLinkUrl(origin, link.code);
                  return (
                    <tr key={link.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-medium">
                        {tGroups(link.group)}
                      </th>
                      <td className="p-2 break-all">
                        <a href={url} className="text-teal-800 underline">
                          {url}
                        </a>
                      </td>
                      <td className="p-2 font-mono text-lg">{formatLinkCode(link.code)}</td>
                      <td className="p-2 text-right">{link.started}</td>
                      <td className="p-2 text-right">{link.finished}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-700">
              {surveyWise.remindedAt
                ? t("detail.remindedAt", { date: dates.dateTime(surveyWise.remindedAt, "medium") })
                : t("detail.neverReminded")}
            </p>
            {!surveyWise.hasEmail && (
              <p className="text-sm text-slate-700">{t("detail.noEmail")}</p>
            )}
            {survey.manages && open && (
              <RemindButton surveyWiseId={surveyWise.id} wiseName={surveyWise.name} />
            )}
          </div>
        </section>
      ))}
    </ClientMessages>
  );
}
