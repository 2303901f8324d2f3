// The classes next-auth re-exports, from their home: next-auth itself needs Next at import time.
import { AuthError, CredentialsSignin } from "@auth/core/errors";

export type RefusalReason = "invalid" | "throttled";

/**
 * Why a sign-in was refused, carried from `authorize` to the sign-in action (through `code`, the
 * only part that reaches the browser) and to the log (with who tried and from where). Never the
 * password.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    code: RefusalReason,
    readonly who: string,
    readonly from: string,
  ) {
    super();
    this.code = code;
  }
}

/** Keeps a log line one line: the e-mail is what someone typed, so quote it and escape breaks. */
const quoted = (text: string) => JSON.stringify(text.slice(0, 254));

/** The one log line of a refused sign-in: who, from where, why. */
export function refusalLogLine(error: SignInRefused): string {
  return `[auth] sign-in refused: who=${quoted(error.who)} from=${quoted(error.from)} why=${error.code}`;
}

type Write = (...parts: unknown[]) => void;

/**
 * Auth.js's `logger.error`. A refused sign-in is an everyday event, not a fault: one line, no
 * stack. Every other error is logged as Auth.js's own logger does (its name and message, then the
 * cause's stack or its own), since that logger cannot be called once replaced.
 */
export function logAuthError(error: Error, write: Write = console.error): void {
  if (error instanceof SignInRefused) {
    write(refusalLogLine(error));
    return;
  }
  const name = error instanceof AuthError ? error.type : error.name;
  write(`[auth][error] ${name}: ${error.message}`);
  const cause = error.cause;
  if (cause && typeof cause === "object" && "err" in cause && cause.err instanceof Error) {
    const { err, ...details } = cause as { err: Error } & Record<string, unknown>;
    write("[auth][cause]:", err.stack);
    write("[auth][details]:", JSON.stringify(details, null, 2));
  } else if (error.stack) {
    write(error.stack.replace(/.*/, "").substring(1));
  }
}
