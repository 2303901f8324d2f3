"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { type ButtonVariant, buttonClasses } from "./button-classes";

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  pendingLabel?: string;
  /** From useFormAction; without it the button asks the enclosing form (useFormStatus). */
  pending?: boolean;
};

/** A submit button that says it is working and cannot be pressed twice while its form posts. */
export function SubmitButton({
  variant,
  pendingLabel,
  pending: pendingProp,
  children,
  ...props
}: SubmitButtonProps) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      className={buttonClasses(variant)}
      disabled={pending}
      aria-disabled={pending}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
