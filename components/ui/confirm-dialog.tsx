"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId, useRef } from "react";
import { type ButtonVariant, buttonClasses } from "./button-classes";

type ConfirmDialogProps = {
  question: string;
  openLabel: string;
  openAccessibleLabel?: string;
  variant?: ButtonVariant;
  /** The confirming control (usually a one-button form); `close` shuts the dialog. */
  children: (close: () => void) => ReactNode;
};

/**
 * A button that asks before it acts, in a native modal <dialog>: the browser keeps the focus
 * inside it, Escape cancels, and the focus returns to the button on close. "Cancel" has the focus
 * first, so that pressing Enter by habit does not confirm.
 */
export function ConfirmDialog({
  question,
  openLabel,
  openAccessibleLabel,
  variant,
  children,
}: ConfirmDialogProps) {
  const t = useTranslations("Forms");
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const close = () => ref.current?.close();
  return (
    <>
      <button
        type="button"
        className={buttonClasses(variant)}
        aria-label={openAccessibleLabel}
        aria-haspopup="dialog"
        onClick={() => {
          ref.current?.showModal();
          // React does not render `autofocus`, which the dialog would honour: focus by hand.
          cancelRef.current?.focus();
        }}
      >
        {openLabel}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={questionId}
        className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-900/50"
      >
        <p id={questionId} className="mb-4 text-lg font-medium">
          {question}
        </p>
        <div className="flex flex-wrap gap-2">
          {children(close)}
          <button
            ref={cancelRef}
            type="button"
            className={buttonClasses("secondary")}
            onClick={close}
          >
            {t("confirmCancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
