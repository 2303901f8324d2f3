"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { errorText } from "@/components/ui/error-text";

type FormGroupProps = {
  id: string;
  legend: string;
  hint?: string;
  /** Errors of a rule across the group's fields (e.g. shares adding up to more than 100%). */
  errors?: string[];
  children: ReactNode;
};

/** A titled group of fields, two columns from tablet width up, with the group's own errors. */
export function FormGroup({ id, legend, hint, errors, children }: FormGroupProps) {
  const t = useTranslations("Errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
    >
      <legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
      {hint && (
        <p id={hintId} className="mb-3 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mb-3 rounded-md bg-red-50 p-2 text-sm font-medium text-red-800">
          {[...new Set(errors)].map((key) => errorText(t, key)).join(" ")}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
