"use client";

import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { correctTextAction } from "@/lib/languages/actions";

type Props = {
  locale: string;
  messageKey: string;
  /** The text readers of the language see now: the correction, else the catalogue's. */
  current: string;
  labels: { field: string; hint: string; save: string; saved: string; saving: string };
};

/** One summary text of one language, corrected in place; a refusal is shown under the field. */
export function CorrectionForm({ locale, messageKey, current, labels }: Props) {
  const { state, pending, formProps } = useFormAction(correctTextAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = `correction-${messageKey.replaceAll(".", "-")}`;
  return (
    <form {...formProps} noValidate className="mt-2">
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-2">
          {labels.saved}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="key" value={messageKey} />
      <TextAreaField
        id={id}
        name="text"
        lang={locale}
        rows={3}
        label={labels.field}
        hint={labels.hint}
        defaultValue={current}
        errors={errors.text ?? errors.key}
      />
      <SubmitButton pending={pending} pendingLabel={labels.saving}>
        {labels.save}
      </SubmitButton>
    </form>
  );
}
