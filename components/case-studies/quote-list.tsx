import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { removeCaseStudyQuoteAction, withdrawQuoteConsentAction } from "@/lib/case-studies/actions";
import type { CaseStudyView } from "@/lib/case-studies/queries";
import { getDateFormatter } from "@/lib/dates/reader";

/**
 * The study's quotes with their consent record. A withdrawn quote shows that it was withdrawn and
 * nothing of what was said (its words are deleted); one whose consent does not hold says it is
 * kept out of every output.
 */
export async function QuoteList({
  study,
  canEdit,
  editable,
}: {
  study: CaseStudyView;
  /** The reader may change the study's quotes (record a withdrawal at any time). */
  canEdit: boolean;
  /** The study's status lets quotes be removed now. */
  editable: boolean;
}) {
  const [t, dates] = await Promise.all([getTranslations("CaseStudies.quotes"), getDateFormatter()]);
  if (study.quotes.length === 0) return <p className="mb-4">{t("none")}</p>;
  return (
    <ol className="mb-6 grid gap-3" data-testid="case-study-quotes">
      {study.quotes.map((quote, index) => (
        <li key={quote.id} className="rounded-lg border border-slate-300 bg-white p-3">
          {quote.consentWithdrawnAt ? (
            <p className="italic text-slate-700">
              {t("withdrawn", { date: dates.date(quote.consentWithdrawnAt, "medium") })}
            </p>
          ) : (
            <>
              <blockquote className="border-l-4 border-teal-700 pl-3 whitespace-pre-line break-words">
                {quote.text}
              </blockquote>
              <p className="mt-1 text-sm text-slate-700">
                {t("speakerLine", {
                  speaker: t(`speakers.${quote.speaker}`),
                  method: t(`methods.${quote.consentMethod}`),
                  date: dates.date(quote.consentGivenAt, "medium"),
                })}
              </p>
              {!quote.publishable && (
                <p className="mt-1 text-sm font-medium text-amber-900">{t("notPublishable")}</p>
              )}
              {canEdit && (
                <div className="mt-2 flex flex-wrap gap-2">
                  <ActionForm
                    action={withdrawQuoteConsentAction}
                    fields={{ caseStudyId: study.id, quoteId: quote.id }}
                    label={t("withdraw")}
                    accessibleLabel={t("withdrawLabel", { number: index + 1 })}
                    confirm={t("withdrawQuestion")}
                    variant="danger"
                  />
                  {editable && (
                    <ActionForm
                      action={removeCaseStudyQuoteAction}
                      fields={{ caseStudyId: study.id, quoteId: quote.id }}
                      label={t("remove")}
                      accessibleLabel={t("removeLabel", { number: index + 1 })}
                      confirm={t("removeQuestion")}
                    />
                  )}
                </div>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
