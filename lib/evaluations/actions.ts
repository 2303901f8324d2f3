"use server";

import { failure } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { type SaveScoreResult, saveScore } from "./mutations";
import type { SaveScoreInput } from "./schemas";

/**
 * Saves one criterion as the rater changes it. Called from the scoring grid with a small object
 * rather than a form; the command parses it like any form input. Nothing is revalidated: the
 * page keeps its own state, and session pages read fresh data on their next request.
 */
export async function saveScoreAction(input: SaveScoreInput): Promise<SaveScoreResult> {
  const user = await getCurrentUser();
  if (!user) return failure(403, "signedOut");
  return saveScore(user, input);
}
