"use client";

import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { writeReviewAction } from "@/lib/reviews/actions";

type Labels = {
  heading: string;
  body: string;
  bodyHint: string;
  comment: string;
  requestChanges: string;
  approve: string;
  saved: string;
};

/**
 * The partner's review: one text box and three buttons, the button pressed being the step.
 * Labels come from the page, so that this form does not add the whole catalogue to every page.
 */
export function ReviewForm({
  sessionId,
  seenChangeId,
  labels,
}: {
  sessionId: string;
  seenChangeId: string | null;
  labels: Labels;
}) {
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(writeReviewAction);
  return (
    <form
      {...formProps}
      noValidate
      aria-labelledby="review-form-heading"
      className="mb-8 max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h2 id="review-form-heading" className="mb-2 text-xl font-semibold">
        {labels.heading}
      </h2>
      <FormAlert state={state} savedMessage={labels.saved} />
      <input type="hidden" name="sessionId" value={sessionId} />
      {seenChangeId && <input type="hidden" name="seenChangeId" value={seenChangeId} />}
      <TextAreaField
        id="review-body"
        name="body"
        label={labels.body}
        hint={labels.bodyHint}
        errors={fieldErrors.body}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="step" value="COMMENT" variant="secondary" pending={pending}>
          {labels.comment}
        </SubmitButton>
        <SubmitButton name="step" value="CHANGES_REQUESTED" variant="secondary" pending={pending}>
          {labels.requestChanges}
        </SubmitButton>
        <SubmitButton name="step" value="APPROVED" pending={pending}>
          {labels.approve}
        </SubmitButton>
      </div>
    </form>
  );
}
