"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { replyToCaseStudyReviewAction, reviewCaseStudyAction } from "@/lib/case-studies/actions";

/** The reviewer's step: one text box, the button pressed being the step (as for session results). */
export function CaseStudyReviewForm({
  caseStudyId,
  version,
}: {
  caseStudyId: string;
  version: number;
}) {
  const t = useTranslations("CaseStudies.review");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(reviewCaseStudyAction);
  return (
    <form
      {...formProps}
      noValidate
      aria-labelledby="review-form-heading"
      className="mb-6 max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h3 id="review-form-heading" className="mb-2 text-lg font-semibold">
        {t("reviewerHeading")}
      </h3>
      <FormAlert state={state} savedMessage={t("reviewSaved")} />
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id="review-body"
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        errors={fieldErrors.body}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="step" value="COMMENT" variant="secondary" pending={pending}>
          {t("comment")}
        </SubmitButton>
        <SubmitButton name="step" value="CHANGES_REQUESTED" variant="secondary" pending={pending}>
          {t("requestChanges")}
        </SubmitButton>
        <SubmitButton name="step" value="APPROVED" pending={pending}>
          {t("approve")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The author's answer to the reviewer. */
export function CaseStudyReplyForm({ caseStudyId }: { caseStudyId: string }) {
  const t = useTranslations("CaseStudies.review");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(
    replyToCaseStudyReviewAction,
  );
  return (
    <form
      {...formProps}
      noValidate
      aria-labelledby="reply-form-heading"
      className="mb-6 max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h3 id="reply-form-heading" className="mb-2 text-lg font-semibold">
        {t("replyHeading")}
      </h3>
      <FormAlert state={state} savedMessage={t("replySaved")} />
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <TextAreaField
        id="reply-body"
        name="body"
        label={t("replyBody")}
        required
        errors={fieldErrors.body}
      />
      <SubmitButton pending={pending}>{t("send")}</SubmitButton>
    </form>
  );
}
