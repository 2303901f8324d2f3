"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveCaseStudySectionsAction } from "@/lib/case-studies/actions";
import { SECTION_FIELDS, type SectionField, type Sections } from "@/lib/case-studies/rules";
import { type MarkGoodPracticeLink, MarkGoodPracticeLinkView } from "./mark-good-practice-link";
import { usePublishUnsavedSections } from "./unsaved-sections-context";
import { useSaveBeforeMarking } from "./use-save-before-marking";
import { useUnsavedSections } from "./use-unsaved-sections";

/**
 * The template's written sections in one form. It carries the version it was loaded with; a save
 * after someone else's is refused and the text typed here stays in the boxes (useFormAction).
 * Text typed and not saved is marked next to its box and not lost by leaving: a section's
 * good-practice link saves it first, other ways out ask (useUnsavedSections), and a change of the
 * study's status waits until it is saved (UnlessSectionsUnsaved).
 */
export function SectionsForm({
  caseStudyId,
  version,
  sections,
  reopens,
  markLinks = {},
}: {
  caseStudyId: string;
  version: number;
  sections: Sections;
  /** The study is approved: saving sends it back to draft, and the form says so first. */
  reopens: boolean;
  /** Sections with saved text the reader may mark as good practice (from the page). */
  markLinks?: Partial<Record<SectionField, MarkGoodPracticeLink>>;
}) {
  const t = useTranslations("CaseStudies.sections");
  const { state, pending, formProps } = useFormAction(saveCaseStudySectionsAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const { formRef, unsaved, recheck } = useUnsavedSections(sections, t("leaveUnsaved"));
  // The review's forms beside this one hold back while text is unsaved (UnlessSectionsUnsaved).
  usePublishUnsavedSections(unsaved, formRef);
  const marking = useSaveBeforeMarking(formRef, {
    anyUnsaved: unsaved.length > 0,
    reopenQuestion: reopens ? t("reopenWarning") : null,
  });
  return (
    <form
      {...formProps}
      ref={formRef}
      onInput={recheck}
      noValidate
      aria-labelledby="sections-heading"
      className="mb-8"
    >
      <h2 id="sections-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("markdownHint")}</p>
      <FormProblems
        state={state}
        fields={SECTION_FIELDS.map((field) => ({ name: field, label: t(field) }))}
      />
      {state?.ok && (
        <p role="status" className="mb-2 text-teal-900">
          {t("saved")}
        </p>
      )}
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <input type="hidden" name="version" value={version} />
      {SECTION_FIELDS.map((field) => {
        const link = markLinks[field];
        return (
          <div key={field}>
            <TextAreaField
              id={`section-${field}`}
              name={field}
              label={t(field)}
              hint={t(`${field}Hint`)}
              defaultValue={sections[field]}
              rows={6}
              errors={errors[field]}
              note={unsaved.includes(field) ? t("unsavedChanges") : undefined}
            />
            {link && (
              <MarkGoodPracticeLinkView
                link={link}
                onClick={(event) => marking.follow(event, field)}
              />
            )}
            {marking.saving === field && (
              <p role="status" className="mb-3 text-slate-700">
                {t("savingBeforeMark")}
              </p>
            )}
            {marking.refusal?.field === field && (
              <p
                role="alert"
                className="mb-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-800"
              >
                {t("markNotSaved")} {marking.refusal.reason}
              </p>
            )}
          </div>
        );
      })}
      {reopens && (
        <p
          id="reopen-warning"
          className="mb-3 rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-900"
        >
          {t("reopenWarning")}
        </p>
      )}
      <SubmitButton pending={pending} aria-describedby={reopens ? "reopen-warning" : undefined}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
