"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { errorText } from "./error-text";

/**
 * The form-level outcome of an action, announced at once: an error in the reader's language, or
 * `savedMessage` (when given) after a success.
 */
export function FormAlert({
  state,
  savedMessage,
}: {
  state: ActionResult<unknown> | null;
  savedMessage?: string;
}) {
  const t = useTranslations("Errors");
  if (state?.ok && savedMessage) {
    return (
      <p role="status" className="mb-2 text-teal-900">
        {savedMessage}
      </p>
    );
  }
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
      {errorText(t, state.message, "unexpected")}
    </p>
  );
}
