import type { z } from "zod";
import {
  type AuditSkip,
  type AuditSpec,
  runAudited,
  type TransactionOptions,
} from "@/lib/audit/mutations";
import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { isUnstorableTextError } from "@/lib/validation/unstorable-text";
import {
  type ActionResult,
  DomainError,
  type ErrorKey,
  type FieldErrors,
  failure,
  ok,
} from "./result";

type BaseDefinition<S extends z.ZodType> = {
  schema: S;
  /** Throws (through assertCan) when the actor may not act on this concrete input. */
  authorize: (actor: Actor, input: z.output<S>) => unknown;
};

/**
 * An audited command runs in the recipe's transaction (`tx`), which also writes its audit
 * entry. Write `audit` after `run`, so that its callbacks know the result's type.
 */
type AuditedDefinition<S extends z.ZodType, T> = BaseDefinition<S> & {
  run: (actor: Actor, input: z.output<S>, tx: Prisma.TransactionClient) => Promise<T>;
  audit: AuditSpec<z.output<S>, T>;
  transaction?: TransactionOptions;
};

/** A command whose own rows are its trail says so, with the reason; it opens its own transaction. */
type UnauditedDefinition<S extends z.ZodType, T> = BaseDefinition<S> & {
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
  audit: AuditSkip;
};

type CommandDefinition<S extends z.ZodType, T> =
  | AuditedDefinition<S, T>
  | UnauditedDefinition<S, T>;

export type Command<T> = (actor: Actor, rawInput: unknown) => Promise<ActionResult<T>>;

/**
 * Parse, authorise, run: the order every mutation follows. Invalid input and refusals return
 * before anything is written. Commands take the actor as an argument so that integration tests
 * can run them for a real user from the database; the server action supplies the signed-in one.
 * `audit` is required: every command leaves one entry in the trail, or says why it does not.
 */
export function defineCommand<S extends z.ZodType, T>(
  definition: AuditedDefinition<S, T>,
): Command<T>;
export function defineCommand<S extends z.ZodType, T>(
  definition: UnauditedDefinition<S, T>,
): Command<T>;
export function defineCommand<S extends z.ZodType, T>(
  definition: CommandDefinition<S, T>,
): Command<T> {
  return async (actor, rawInput) => {
    const parsed = definition.schema.safeParse(rawInput);
    if (!parsed.success) {
      return failure(400, "invalidInput", fieldErrorsOf(parsed.error));
    }
    try {
      await definition.authorize(actor, parsed.data);
      return ok(await execute(definition, actor, parsed.data));
    } catch (error) {
      if (error instanceof ForbiddenError) return failure(403, "forbidden");
      if (error instanceof DomainError) {
        return failure(
          error.status,
          error.messageKey,
          error.field ? { [error.field]: [error.messageKey] } : {},
        );
      }
      // Text PostgreSQL cannot store (a NUL byte) passes zod's string checks; the statement that
      // met it failed, and with it the transaction: bad input, nothing written.
      if (isUnstorableTextError(error)) return failure(400, "invalidInput");
      throw error;
    }
  };
}

function execute<S extends z.ZodType, T>(
  definition: CommandDefinition<S, T>,
  actor: Actor,
  input: z.output<S>,
): Promise<T> {
  if ("skip" in definition.audit)
    return (definition as UnauditedDefinition<S, T>).run(actor, input);
  const audited = definition as AuditedDefinition<S, T>;
  const run = (tx: Prisma.TransactionClient) => audited.run(actor, input, tx);
  return runAudited(audited.audit, actor, input, run, audited.transaction);
}

/** Zod's issues by field. Their messages are error keys: lib/validation/zod.ts sees to it. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= [];
    fieldErrors[field].push(issue.message as ErrorKey);
  }
  return fieldErrors;
}
