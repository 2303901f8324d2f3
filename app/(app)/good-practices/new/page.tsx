import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { practiceFormOptions } from "@/components/good-practices/form-options";
import { PracticeForm } from "@/components/good-practices/practice-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/actions/result";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { requireUser } from "@/lib/auth/session";
import type { CaseStudySection } from "@/lib/generated/prisma/enums";
import { prefillFromCaseStudy, prefillFromNote } from "@/lib/good-practices/queries";
import type { Prefill } from "@/lib/good-practices/rules";
import { CASE_STUDY_SECTIONS } from "@/lib/good-practices/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("GoodPractices.form");
  return { title: t("newTitle") };
}

type Source =
  | { kind: "note"; hidden: Record<string, string>; read: () => Promise<Prefill> }
  | {
      kind: "caseStudy";
      section: CaseStudySection;
      hidden: Record<string, string>;
      read: () => Promise<Prefill>;
    };

function sourceOf(
  user: Awaited<ReturnType<typeof requireUser>>,
  params: Record<string, string | string[] | undefined>,
): Source | null {
  const note = typeof params.note === "string" ? params.note : null;
  const study = typeof params.caseStudy === "string" ? params.caseStudy : null;
  const section = CASE_STUDY_SECTIONS.find((value) => value === params.section);
  if (note && !study) {
    return {
      kind: "note",
      hidden: { sessionNoteId: note },
      read: () => prefillFromNote(user, note),
    };
  }
  if (study && section && !note) {
    return {
      kind: "caseStudy",
      section,
      hidden: { caseStudyId: study, caseStudySection: section },
      read: () => prefillFromCaseStudy(user, study, section),
    };
  }
  return null;
}

/**
 * Marking a good practice from its source: `?note=<id>` (a public focus-group note) or
 * `?caseStudy=<id>&section=<CaseStudySection>`. The form starts from the source's text and the
 * WISE's agreed model; the same checks as the marking itself decide who sees it.
 */
export default async function NewGoodPracticePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const source = sourceOf(user, await searchParams);
  if (!source) notFound();
  const [t, tErrors, options] = await Promise.all([
    getTranslations("GoodPractices"),
    getTranslations("Errors"),
    practiceFormOptions(),
  ]);
  let prefill: Prefill;
  try {
    prefill = await forbidIfRefused(source.read);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 404) notFound();
    return (
      <>
        <PageHeader title={t("form.newTitle")} />
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
          {tErrors(error.messageKey)}
        </p>
      </>
    );
  }
  return (
    <ClientMessages namespaces={["Errors", "GoodPractices"]}>
      <PageHeader title={t("form.newTitle")} />
      <p className="mb-4 text-slate-800">
        {source.kind === "note"
          ? t("form.fromNote")
          : t("form.fromCaseStudy", { section: t(`sectionNames.${source.section}`) })}
      </p>
      <PracticeForm
        values={{
          title: prefill.title,
          need: "",
          practice: prefill.practice,
          results: "",
          transfer: "",
          digitalTools: prefill.digitalTools,
          locale: prefill.locale || options.locale,
          models: prefill.models,
          staffGroups: [],
          skillAreas: [],
        }}
        hidden={source.hidden}
        locales={options.locales}
        tagOptions={options.tagOptions}
      />
    </ClientMessages>
  );
}
