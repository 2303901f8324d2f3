import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  type ActionResult,
  DomainError,
  type ErrorKey,
  type FieldErrors,
  failure,
  ok,
} from "./result";

type CommandDefinition<S extends z.ZodType, T> = {
  schema: S;
  /** Throws (through assertCan) when the actor may not act on this concrete input. */
  authorize: (actor: Actor, input: z.output<S>) => unknown;
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
};

export type Command<T> = (actor: Actor, rawInput: unknown) => Promise<ActionResult<T>>;

/**
 * Parse, authorise, run: the order every mutation follows. Invalid input and refusals return
 * before anything is written. Commands take the actor as an argument so that integration tests
 * can run them for a real user from the database; the server action supplies the signed-in one.
 */
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
      return ok(await definition.run(actor, parsed.data));
    } catch (error) {
      if (error instanceof ForbiddenError) return failure(403, "forbidden");
      if (error instanceof DomainError) {
        return failure(
          error.status,
          error.messageKey,
          error.field ? { [error.field]: [error.messageKey] } : {},
        );
      }
      throw error;
    }
  };
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
