import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/permissions";
import {
  type LiveScoreGuard,
  runScoreWrite,
  type ScoreChangeResult,
  scoreChangeResult,
} from "@/lib/evaluations/mutations";
import { assertLiveScoringOpen } from "./rules";
import { LiveScoreSchema } from "./schemas";

/**
 * The live rules, checked on the facts read with the session and its live row locked (shared),
 * so that no save straddles "close scoring" or a removal: a guest must be admitted to this very
 * session (told so, rather than just "forbidden"); anyone writing through the live API scores
 * only the WISE on stage while its scoring is open, and in a second round only the chosen
 * criteria. The ordinary scoring rules (permissions module) are checked after these.
 */
const liveGuard =
  (isGuest: boolean): LiveScoreGuard =>
  (facts, input) => {
    if (
      isGuest &&
      (facts.guest?.status !== "ADMITTED" || facts.guest.sessionId !== facts.sessionId)
    )
      throw new DomainError(403, "liveNotAdmitted");
    assertLiveScoringOpen(facts.live, input);
  };

function liveScoreCommand(isGuest: boolean) {
  return defineCommand({
    schema: LiveScoreSchema,
    // Decided inside the transaction, on the facts read under the session's lock (runScoreWrite).
    authorize: async () => {},
    run: (actor, input) => runScoreWrite(actor, input, liveGuard(isGuest)),
    // A room of phones saves an answer every few seconds: the save stays two quick statements.
    audit: {
      skip: "each change is a ScoreChange row: who, when, what, and the version it replaced",
    },
  });
}

const guestScore = liveScoreCommand(true);
const raterScore = liveScoreCommand(false);

/**
 * `POST /api/live/scores`: one score change from a live client, idempotent on its
 * `clientChangeId` (a retry is answered with the recorded outcome and `duplicate: true`).
 * `isGuest`: the actor came from a guest cookie (see lib/live/actor.ts).
 */
export async function saveLiveScore(
  actor: Actor,
  isGuest: boolean,
  rawInput: unknown,
): Promise<ScoreChangeResult> {
  return scoreChangeResult(await (isGuest ? guestScore : raterScore)(actor, rawInput));
}
