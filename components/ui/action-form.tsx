"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { SubmitButton } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { FormAlert } from "./form-alert";

type ActionFormProps = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
  /** The ids the action needs, sent as hidden fields. */
  fields: Record<string, string>;
  label: string;
  /** A longer name for screen readers when the visible label is short ("↑" for "Move X up"). */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  pendingLabel?: string;
  /** Ask this question first (for what cannot be undone): the button opens a dialog. */
  confirm?: string;
};

/** A one-button form (move, remove, toggle) whose refusal is shown right where it was pressed. */
export function ActionForm({
  action,
  fields,
  label,
  accessibleLabel,
  variant = "secondary",
  pendingLabel,
  confirm,
}: ActionFormProps) {
  const [state, formAction] = useActionState(action, null);
  const hiddenFields = Object.entries(fields).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  if (confirm) {
    return (
      <div className="inline-block">
        <FormAlert state={state} />
        <ConfirmDialog
          question={confirm}
          openLabel={label}
          openAccessibleLabel={accessibleLabel}
          variant={variant}
        >
          {(close) => (
            <form action={formAction} onSubmit={close}>
              {hiddenFields}
              <SubmitButton variant={variant} pendingLabel={pendingLabel}>
                {label}
              </SubmitButton>
            </form>
          )}
        </ConfirmDialog>
      </div>
    );
  }
  return (
    <form action={formAction} className="inline-block">
      <FormAlert state={state} />
      {hiddenFields}
      <SubmitButton variant={variant} aria-label={accessibleLabel} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
