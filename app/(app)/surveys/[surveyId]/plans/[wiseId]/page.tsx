import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanActionForm } from "@/components/skills/plan-action-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { adoptPlanAction } from "@/lib/skills/actions";
import { getSkillNames } from "@/lib/skills/gaps/queries";
import { getPlanPage } from "@/lib/skills/plans/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SkillGaps");
  return { title: t("plans") };
}

/** A WISE's proposed development plan, its adoption, and then its actions followed. */
export default async function DevelopmentPlanPage({
  params,
}: {
  params: Promise<{ surveyId: string; wiseId: string }>;
}) {
  const user = await requireUser();
  const { surveyId, wiseId } = await params;
  const page = await getPlanPage(user, surveyId, wiseId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  if (!page) notFound();
  const [t, tGaps, format, locale] = await Promise.all([
    getTranslations("DevelopmentPlans"),
    getTranslations("SkillGaps"),
    getFormatter(),
    getLocale(),
  ]);
  const { surveyWise, proposal, plan } = page;
  const skillName = await getSkillNames(
    [
      ...proposal.groups.flatMap((g) => g.gaps.map((gap) => gap.code)),
      ...(plan?.actions.map((a) => a.skillCode) ?? []),
    ],
    locale,
  );
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const n = (value: number) =>
    format.number(value, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const manages = can(user, "plan.manage", surveyWise.survey);
  const adopted = plan?.status === "ADOPTED";
  const done = plan?.actions.filter((a) => a.status === "DONE").length ?? 0;
  // One provider for the whole page: its client forms share the messages, sent once.
  return (
    <ClientMessages namespaces={["DevelopmentPlans", "Errors", "Forms"]}>
      <PageHeader
        title={t("title", { wise: surveyWise.wise.name })}
        description={t("description")}
        actions={
          <Link
            href={`/surveys/${surveyId}/gaps`}
            className="text-teal-800 underline underline-offset-4"
          >
            {tGaps("title")}
          </Link>
        }
      />
      {adopted && plan ? (
        <section aria-labelledby="actions-heading" className="mb-8">
          <h2 id="actions-heading" className="mb-1 text-xl font-semibold">
            {t("actions")}
          </h2>
          {plan.adoptedAt && (
            <p className="mb-1">
              {t("adoptedOn", { date: format.dateTime(plan.adoptedAt, { dateStyle: "long" }) })}
            </p>
          )}
          <p className="mb-4 font-medium" data-testid="plan-progress">
            {t("progress", { done, total: plan.actions.length })}
          </p>
          <ol className="space-y-4">
            {plan.actions.map((action) => {
              const heading = `${skillName(action.skillCode)} — ${tGaps(`groups.${action.group}`)}`;
              return (
                <li key={action.id} className="rounded-md border border-slate-300 bg-white p-3">
                  <h3 className="font-semibold">{heading}</h3>
                  <p className="mb-2 text-slate-700">
                    {t("columns.offer")}:{" "}
                    {action.offer
                      ? `${action.offer.title} (${action.offer.provider})`
                      : t("noOffer")}
                  </p>
                  {manages ? (
                    <PlanActionForm
                      heading={heading}
                      action={{
                        id: action.id,
                        ownerRole: action.ownerRole,
                        dueDate: action.dueDate?.toISOString().slice(0, 10) ?? "",
                        status: action.status,
                      }}
                    />
                  ) : (
                    <p>
                      {action.ownerRole} · {t(`statuses.${action.status}`)}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="proposal-heading" className="mb-8">
        <h2 id="proposal-heading" className="mb-2 text-xl font-semibold">
          {t("proposed")}
        </h2>
        {proposal.groups.length === 0 ? (
          <p>{t("notEnough")}</p>
        ) : (
          <>
            {proposal.groups.map((group) => (
              <section
                key={group.group}
                aria-labelledby={`proposal-${group.group}`}
                className="mb-6"
              >
                <h3 id={`proposal-${group.group}`} className="mb-2 text-lg font-semibold">
                  {tGaps(`groups.${group.group}`)}
                </h3>
                <ol className="ml-6 list-decimal space-y-3">
                  {group.gaps.map((gap) => (
                    <li key={gap.code}>
                      <p className="font-medium">{skillName(gap.code)}</p>
                      <p className="text-sm text-slate-700">
                        {t("gap", { gap: n(gap.gap), mwds: n(gap.mwds) })}
                      </p>
                      {gap.unmet ? (
                        <p className="text-amber-900">{t("unmet")}</p>
                      ) : (
                        <ul className="ml-5 list-disc">
                          {gap.matches.map((match) => (
                            <li key={match.offer.id}>
                              <span className="font-medium">{match.offer.title}</span>{" "}
                              <span className="text-sm text-slate-700">
                                {t("reason", {
                                  skill: match.reason.skillCode,
                                  group: tGaps(`groups.${match.reason.group}`),
                                  country: countryName(match.reason.countryCode, locale),
                                  language:
                                    languageName.of(match.reason.language) ?? match.reason.language,
                                })}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
            {manages && !adopted && (
              <ActionForm
                action={adoptPlanAction}
                fields={{
                  surveyId,
                  wiseId,
                  ownerENABLER: t("defaultOwner.ENABLER"),
                  ownerSUPPORTER: t("defaultOwner.SUPPORTER"),
                  ownerWORKER: t("defaultOwner.WORKER"),
                }}
                label={t("adopt")}
                variant="primary"
              />
            )}
          </>
        )}
      </section>
    </ClientMessages>
  );
}
