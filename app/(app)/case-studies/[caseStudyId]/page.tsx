import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CaseStudyAttachments } from "@/components/case-studies/case-study-attachments";
import {
  type MarkGoodPracticeLink,
  MarkGoodPracticeLinkView,
} from "@/components/case-studies/mark-good-practice-link";
import { QuoteForm } from "@/components/case-studies/quote-form";
import { QuoteList } from "@/components/case-studies/quote-list";
import { CaseStudyReplyForm, CaseStudyReviewForm } from "@/components/case-studies/review-forms";
import { SectionsForm } from "@/components/case-studies/sections-form";
import { CaseStudyTemplateView } from "@/components/case-studies/template-view";
import { UnlessSectionsUnsaved } from "@/components/case-studies/unless-sections-unsaved";
import { UnsavedSectionsProvider } from "@/components/case-studies/unsaved-sections-context";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewTimeline, type ReviewTimelineEntry } from "@/components/reviews/review-timeline";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { submitCaseStudyAction } from "@/lib/case-studies/actions";
import { dayInInstallationZone } from "@/lib/case-studies/days";
import { getCaseStudy } from "@/lib/case-studies/queries";
import {
  editReopens,
  isEditable,
  SECTION_FIELDS,
  type SectionField,
} from "@/lib/case-studies/rules";
import { getCaseStudyTemplate } from "@/lib/case-studies/template-queries";
import { countryName } from "@/lib/countries/catalogue";
import { serverEnv } from "@/lib/env";
import type { CaseStudySection } from "@/lib/generated/prisma/enums";
import { SECTION_COLUMN } from "@/lib/good-practices/rules";
import { languageName } from "@/lib/i18n/language-name";

type Params = { params: Promise<{ caseStudyId: string }> };

/** The good-practice library's name for each written section (its SECTION_COLUMN, inverted). */
const SECTION_OF_FIELD = Object.fromEntries(
  Object.entries(SECTION_COLUMN).map(([section, field]) => [field, section]),
) as Record<SectionField, CaseStudySection>;

/** Read once per request, for the title and the page; another country's study is a 403. */
const loadStudy = cache(async (caseStudyId: string) => {
  const user = await requirePermission("caseStudy.list");
  const study = await forbidIfRefused(() => getCaseStudy(user, caseStudyId));
  if (!study) notFound();
  return { user, study };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { study } = await loadStudy((await params).caseStudyId);
  const t = await getTranslations("CaseStudies.page");
  return { title: t("heading", { wise: study.wise.name }) };
}

/** A case study on its template: read-only parts from the app, written sections, quotes, review. */
export default async function CaseStudyPage({ params }: Params) {
  const { user, study } = await loadStudy((await params).caseStudyId);
  const [template, t, locale] = await Promise.all([
    getCaseStudyTemplate(user, study),
    getTranslations("CaseStudies"),
    getLocale(),
  ]);
  const editable = isEditable(study.status);
  const canWrite = study.may.edit && editable;
  const sections = Object.fromEntries(
    SECTION_FIELDS.map((field) => [field, study[field]]),
  ) as Record<(typeof SECTION_FIELDS)[number], string>;
  // A saved section can become a good practice, for whoever may mark one in the study's country.
  const markLinks: Partial<Record<SectionField, MarkGoodPracticeLink>> = {};
  if (can(user, "goodPractice.create", study)) {
    for (const field of SECTION_FIELDS) {
      if (!study[field].trim()) continue;
      markLinks[field] = {
        href: `/good-practices/new?caseStudy=${study.id}&section=${SECTION_OF_FIELD[field]}`,
        label: t("sections.markGoodPractice"),
        section: t(`sections.${field}`),
      };
    }
  }
  const today = dayInInstallationZone(new Date(), serverEnv().timeZone);
  const timeline = study.timeline.map(
    (entry): ReviewTimelineEntry =>
      entry.kind === "review"
        ? {
            key: entry.id,
            step: entry.step,
            what: t(`review.step.${entry.step}`),
            text: entry.body,
            who: entry.author,
            at: entry.at,
          }
        : {
            key: entry.id,
            step: null,
            what: t("review.statusEntry", {
              from: t(`status.${entry.fromStatus}`),
              to: t(`status.${entry.toStatus}`),
            }),
            who: entry.author,
            at: entry.at,
          },
  );
  return (
    <ClientMessages namespaces={["CaseStudies", "Attachments", "Errors", "Forms"]}>
      {/* The sections form tells the status-changing forms below when its text is unsaved. */}
      <UnsavedSectionsProvider>
        <p className="mb-2">
          <Link href="/case-studies" className="text-teal-800 underline underline-offset-4">
            {t("page.backToList")}
          </Link>
        </p>
        <PageHeader
          title={t("page.heading", { wise: study.wise.name })}
          description={t("page.meta", {
            country: countryName(study.countryCode, locale),
            language: languageName(study.locale, locale),
            status: t(`status.${study.status}`),
          })}
        />
        <CaseStudyTemplateView template={template} />
        {canWrite ? (
          <SectionsForm
            caseStudyId={study.id}
            version={study.version}
            sections={sections}
            reopens={editReopens(study.status)}
            markLinks={markLinks}
          />
        ) : (
          <section aria-labelledby="sections-heading" className="mb-8">
            <h2 id="sections-heading" className="mb-2 text-xl font-semibold">
              {t("sections.heading")}
            </h2>
            <p className="mb-3 rounded-md bg-slate-100 p-2 text-slate-900">
              {study.may.edit ? t("sections.lockedInReview") : t("sections.readOnly")}
            </p>
            {SECTION_FIELDS.map((field) => (
              <div key={field} className="mb-4">
                <h3 className="font-semibold">{t(`sections.${field}`)}</h3>
                <p className="whitespace-pre-line break-words">{study[field] || "—"}</p>
                {markLinks[field] && <MarkGoodPracticeLinkView link={markLinks[field]} />}
              </div>
            ))}
          </section>
        )}
        <section aria-labelledby="quotes-heading" className="mb-8">
          <h2 id="quotes-heading" className="mb-2 text-xl font-semibold">
            {t("quotes.heading")}
          </h2>
          <p className="mb-3 text-slate-700">{t("quotes.intro")}</p>
          <QuoteList study={study} canEdit={study.may.edit} editable={editable} />
          {canWrite && <QuoteForm caseStudyId={study.id} today={today} />}
        </section>
        {/* Attachments: the attachments module's panel (photos, documents, alternative text). */}
        <CaseStudyAttachments caseStudyId={study.id} canEdit={canWrite} />
        <section aria-labelledby="review-heading" className="mb-8">
          <h2 id="review-heading" className="mb-2 text-xl font-semibold">
            {t("review.heading")}
          </h2>
          <p className="mb-3 text-slate-700">{t("review.intro")}</p>
          <ReviewTimeline
            entries={timeline}
            heading={t("review.timelineHeading")}
            empty={t("review.timelineEmpty")}
            level={3}
            testId="case-study-timeline"
          />
          {study.may.edit && study.status === "DRAFT" && (
            <div className="mb-6">
              <p className="mb-2 text-sm text-slate-700">{t("review.submitHint")}</p>
              <UnlessSectionsUnsaved>
                <ActionForm
                  action={submitCaseStudyAction}
                  fields={{ caseStudyId: study.id, version: String(study.version) }}
                  label={t("review.submit")}
                  variant="primary"
                />
              </UnlessSectionsUnsaved>
            </div>
          )}
          {study.status === "IN_REVIEW" && study.may.review && (
            <UnlessSectionsUnsaved>
              <CaseStudyReviewForm caseStudyId={study.id} version={study.version} />
            </UnlessSectionsUnsaved>
          )}
          {study.status === "IN_REVIEW" && study.authorId === user.id && !study.may.review && (
            <p className="mb-4 rounded-md bg-slate-100 p-2">{t("review.ownStudy")}</p>
          )}
          {study.may.edit && study.timeline.some((entry) => entry.kind === "review") && (
            <CaseStudyReplyForm caseStudyId={study.id} />
          )}
        </section>
      </UnsavedSectionsProvider>
    </ClientMessages>
  );
}
