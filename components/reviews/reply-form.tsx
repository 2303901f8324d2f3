"use client";

import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { replyToReviewAction } from "@/lib/reviews/actions";

type Labels = { heading: string; body: string; send: string; saved: string };

/** The facilitators' answer to the partner; labels come from the page (see ReviewForm). */
export function ReplyForm({ sessionId, labels }: { sessionId: string; labels: Labels }) {
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(replyToReviewAction);
  return (
    <form
      {...formProps}
      noValidate
      aria-labelledby="reply-form-heading"
      className="mb-8 max-w-xl rounded-md border border-slate-300 bg-white p-3"
    >
      <h2 id="reply-form-heading" className="mb-2 text-xl font-semibold">
        {labels.heading}
      </h2>
      <FormAlert state={state} savedMessage={labels.saved} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TextAreaField
        id="reply-body"
        name="body"
        label={labels.body}
        required
        errors={fieldErrors.body}
      />
      <SubmitButton pending={pending}>{labels.send}</SubmitButton>
    </form>
  );
}
