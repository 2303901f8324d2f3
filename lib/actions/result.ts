import type { ErrorKey } from "@/lib/i18n/error-keys";

export type { ErrorKey };

/** Per form field (a dotted path, or "form"), the error keys to show next to it. */
export type FieldErrors = Record<string, ErrorKey[]>;

/**
 * The one result shape every server action returns and every form renders. `message` and the
 * field errors are keys of the "Errors" message catalogue, so the form shows them in the
 * reader's language and tests can assert on them without depending on wording.
 */
export type ActionFailure = {
  ok: false;
  status: 400 | 403 | 404 | 409 | 413 | 429;
  message: ErrorKey;
  fieldErrors: FieldErrors;
};

export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(
  status: ActionFailure["status"],
  message: ErrorKey,
  fieldErrors: FieldErrors = {},
): ActionFailure {
  return { ok: false, status, message, fieldErrors };
}

/** A refusal the domain knows how to explain: thrown inside a command, returned to the form. */
export class DomainError extends Error {
  constructor(
    readonly status: ActionFailure["status"],
    readonly messageKey: ErrorKey,
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}
