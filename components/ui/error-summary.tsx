"use client";

import { useTranslations } from "next-intl";
import { type MouseEvent, useEffect, useId, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { errorText } from "./error-text";
import { FormAlert } from "./form-alert";

/** A field the summary may link to, in the order the form shows them. */
export type SummaryField = {
  /** The error key (the field's name, or a group's error key). */
  name: string;
  label: string;
  /** The element to focus; defaults to `name`. A fieldset's first control takes the focus. */
  targetId?: string;
};

const FOCUSABLE = "input:not([type=hidden]), select, textarea, button";

/**
 * For a link to a field: focuses the field (or a group's first control) and brings its label
 * into view, which following the link alone would not do.
 */
export function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  (control ?? target).focus({ preventScroll: true });
  const label =
    target.tagName === "FIELDSET"
      ? target.querySelector("legend")
      : document.querySelector(`label[for="${CSS.escape(targetId)}"]`);
  (label ?? target).scrollIntoView({ block: "start" });
}

/**
 * Every problem of a refused form at the top, as the GOV.UK error summary does: a heading, then a
 * link per field with its message that moves the focus to the field. It takes the focus when it
 * appears (after each refused submission), so a screen reader reads it and a keyboard user
 * continues from it. Errors of names not in `fields` are listed without a link.
 */
export function ErrorSummary({
  errors,
  fields,
  headingLevel = 2,
}: {
  errors: Record<string, string[]>;
  fields: SummaryField[];
  /** Below the form's own heading: 2 on a page of its own, deeper inside a panel. */
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations("Forms");
  const tErrors = useTranslations("Errors");
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const known = new Set(fields.map((field) => field.name));
  const entries = [
    ...fields.filter((field) => errors[field.name]?.length),
    ...Object.keys(errors)
      .filter((name) => !known.has(name) && errors[name]?.length)
      .map((name) => ({ name, label: "", targetId: undefined, unlinked: true })),
  ];
  const count = entries.length;
  // A new refusal is a new `errors` object: focus again even when the count is unchanged.
  useEffect(() => {
    if (Object.values(errors).some((messages) => messages.length > 0)) ref.current?.focus();
  }, [errors]);
  if (count === 0) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="mb-6 rounded-md border-4 border-red-700 bg-white p-4 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
      data-testid="error-summary"
    >
      <Heading id={headingId} className="text-lg font-semibold text-red-800">
        {t("errorSummaryHeading", { count })}
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map((entry) => {
          const messages = [...new Set(errors[entry.name])]
            .map((key) => errorText(tErrors, key))
            .join(" ");
          if ("unlinked" in entry) return <li key={entry.name}>{messages}</li>;
          const targetId = entry.targetId ?? entry.name;
          return (
            <li key={entry.name}>
              <a
                href={`#${targetId}`}
                onClick={(event) => focusTarget(event, targetId)}
                className="font-medium text-red-800 underline underline-offset-2"
              >
                {entry.label}: {messages}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The top of a form after a submission: the error summary when fields are at fault, otherwise
 * the form-level alert (a refusal such as "forbidden", or nothing).
 */
export function FormProblems({
  state,
  fields,
  headingLevel,
}: {
  state: ActionResult<unknown> | null;
  fields: SummaryField[];
  headingLevel?: 2 | 3 | 4;
}) {
  if (state && !state.ok && Object.keys(state.fieldErrors).length > 0) {
    return <ErrorSummary errors={state.fieldErrors} fields={fields} headingLevel={headingLevel} />;
  }
  return <FormAlert state={state} />;
}
