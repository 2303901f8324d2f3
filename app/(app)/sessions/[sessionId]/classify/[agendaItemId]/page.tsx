import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/classification/decision-form";
import { ProposalForm } from "@/components/classification/proposal-form";
import { SuggestionView } from "@/components/classification/suggestion-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { isEuropeanModel } from "@/lib/classification/models";
import { getClassificationView } from "@/lib/classification/queries";
import { getDateFormatter } from "@/lib/dates/reader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Classification");
  return { title: t("title") };
}

export default async function ClassifyPage({
  params,
}: {
  params: Promise<{ sessionId: string; agendaItemId: string }>;
}) {
  const { sessionId, agendaItemId } = await params;
  const user = await requireUser();
  const view = await forbidIfRefused(() => getClassificationView(user, agendaItemId));
  if (!view || view.item.session.id !== sessionId) notFound();
  const { item, access, suggestion, proposals } = view;
  const [t, tModels, dates] = await Promise.all([
    getTranslations("Classification"),
    getTranslations("Models"),
    getDateFormatter(),
  ]);
  const decided = item.classification?.agreedModel ? item.classification : null;
  return (
    <ClientMessages namespaces={["Classification", "Errors", "Models"]}>
      <PageHeader title={t("heading", { wise: item.wise.name })} description={item.session.title} />
      <p className="mb-4">
        <Link href={`/sessions/${sessionId}`} className="font-medium text-teal-800 underline">
          {t("backToSession")}
        </Link>
      </p>
      {decided?.agreedModel && (
        <section
          aria-labelledby="decision-heading"
          className="mb-6 rounded-lg border-2 border-teal-700 bg-white p-4"
        >
          <h2 id="decision-heading" className="text-xl font-semibold">
            {t("agreed", { model: tModels(`${decided.agreedModel}.name`) })}
          </h2>
          <p className="mt-1">
            {isEuropeanModel(decided.agreedModel) ? t("fitsEuropean") : t("fitsNational")}
          </p>
          <p className="mt-2 whitespace-pre-line">{decided.rationale}</p>
          <p className="mt-2 text-sm text-slate-700">
            {t("decidedBy", {
              name: decided.decidedBy?.name ?? "—",
              date: decided.decidedAt ? dates.dateTime(decided.decidedAt, "medium") : "—",
              suggested: decided.suggestedModel
                ? tModels(`${decided.suggestedModel}.name`)
                : t("noSuggestionShort"),
            })}
          </p>
        </section>
      )}
      <SuggestionView suggestion={suggestion} />
      <section aria-labelledby="proposals-heading" className="mb-6">
        <h2 id="proposals-heading" className="mb-2 text-xl font-semibold">
          {t("proposals")}
        </h2>
        {proposals.length === 0 ? (
          <p>{t("noProposals")}</p>
        ) : (
          <ul className="grid gap-2">
            {proposals.map((proposal) => (
              <li
                key={proposal.user.id}
                className="rounded-md border border-slate-300 bg-white p-3"
              >
                <span className="font-medium">{proposal.user.name}</span>:{" "}
                {tModels(`${proposal.model}.name`)}
                {proposal.comment && (
                  <span className="block text-slate-800">{proposal.comment}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(user, "classification.propose", access) && (
        <ProposalForm sessionId={sessionId} agendaItemId={agendaItemId} />
      )}
      {can(user, "classification.decide", access) && (
        <DecisionForm
          sessionId={sessionId}
          agendaItemId={agendaItemId}
          suggested={suggestion.model}
          current={
            decided ? { model: decided.agreedModel, rationale: decided.rationale ?? "" } : null
          }
        />
      )}
    </ClientMessages>
  );
}
