"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/components/ui/error-text";
import type { ControlError } from "./use-live-control";

/** A refused control's reason, shown beside it and announced at once. */
export function ControlAlert({ error, where }: { error: ControlError; where: string }) {
  const t = useTranslations("Errors");
  if (!error || error.where !== where) return null;
  return (
    <p role="alert" className="mt-2 rounded-md border border-red-700 bg-red-50 p-2 text-red-800">
      {errorText(t, error.error, "unexpected")}
    </p>
  );
}
