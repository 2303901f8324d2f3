import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { isUnstorableTextError } from "@/lib/validation/unstorable-text";
import type { Command } from "./command";
import { type ActionResult, failure } from "./result";

/**
 * Runs a command for the signed-in user. Server actions are public HTTP endpoints, so a
 * signed-out or deactivated caller is refused here whatever the page around the form showed.
 */
export async function runAsCurrentUser<T>(
  command: Command<T>,
  input: unknown,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return failure(403, "signedOut");
  try {
    return await command(user, input);
  } catch (error) {
    // Also for the few commands not made by defineCommand (the import preview reads the
    // database with the file's text): a NUL byte in it is bad input, not a bug.
    if (isUnstorableTextError(error)) return failure(400, "invalidInput");
    throw error;
  }
}
