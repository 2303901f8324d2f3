"use client";

import { useTranslations } from "next-intl";
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { errorText } from "./error-text";

const CONTROL =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-red-700";

/** What every control of a field carries: its name, and what ties it to its hint and errors. */
type ControlProps = {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean;
  className: string;
};

type FieldShellProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** A remark that changes as the form is filled in (what a check still needs from this field). */
  note?: string;
  errors?: string[];
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, hint and errors, tied together so screen readers announce them as one field. */
function FieldShell({ id, name, label, hint, note, errors, children }: FieldShellProps) {
  const t = useTranslations("Errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, noteId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {note && (
        <p id={noteId} className="text-sm font-medium text-amber-900">
          {note}
        </p>
      )}
      {children({
        id,
        name,
        "aria-describedby": describedBy,
        "aria-invalid": Boolean(errorId),
        className: CONTROL,
      })}
      {errorId && (
        // A message said twice (two checks with one key) is said once.
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {[...new Set(errors)].map((key) => errorText(t, key)).join(" ")}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  note?: string;
  errors?: string[];
};

export function TextField({ name, label, hint, note, errors, id, ...input }: TextFieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldShell id={fieldId} name={name} label={label} hint={hint} note={note} errors={errors}>
      {(control) => <input {...control} {...input} />}
    </FieldShell>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: string;
  note?: string;
  errors?: string[];
  options: { value: string; label: string }[];
};

export function SelectField({
  name,
  label,
  hint,
  note,
  errors,
  options,
  id,
  ...select
}: SelectFieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldShell id={fieldId} name={name} label={label} hint={hint} note={note} errors={errors}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  note?: string;
  errors?: string[];
};

export function TextAreaField({
  name,
  label,
  hint,
  note,
  errors,
  id,
  ...textarea
}: TextAreaFieldProps) {
  const fieldId = id ?? name;
  return (
    <FieldShell id={fieldId} name={name} label={label} hint={hint} note={note} errors={errors}>
      {(control) => <textarea rows={4} {...control} {...textarea} />}
    </FieldShell>
  );
}

type CheckboxFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
};

/** A single checkbox with its label to the right, the whole row a comfortable touch target. */
export function CheckboxField({ name, label, hint, id, ...input }: CheckboxFieldProps) {
  const fieldId = id ?? name;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  return (
    <div className="mb-4">
      <label htmlFor={fieldId} className="flex min-h-11 items-center gap-3 font-medium">
        <input
          id={fieldId}
          name={name}
          type="checkbox"
          aria-describedby={hintId}
          className="size-5 accent-teal-800"
          {...input}
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
