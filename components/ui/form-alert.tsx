"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { errorText } from "./error-text";

/** The form-level outcome of an action: an error in the reader's language, announced at once. */
export function FormAlert({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations("Errors");
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-800">
      {errorText(t, state.message, "unexpected")}
    </p>
  );
}
