import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/permissions";
import {
  authorizeScore,
  type LiveScoreGuard,
  runScoreWrite,
  type ScoreChangeResult,
  scoreChangeResult,
} from "@/lib/evaluations/mutations";
import { assertLiveScoringOpen } from "./rules";
import { LiveScoreSchema } from "./schemas";

/**
 * The live rules, checked with the live row locked (shared) so that no save straddles "close
 * scoring": a guest must still be admitted; anyone writing through the live API scores only the
 * WISE on stage while its scoring is open, and in a second round only the chosen criteria.
 */
const liveGuard =
  (actor: Actor, isGuest: boolean): LiveScoreGuard =>
  async (tx, live, input) => {
    if (isGuest) {
      const guest = await tx.liveParticipant.findUnique({
        where: { userId: actor.id },
        select: { status: true, sessionId: true },
      });
      if (guest?.status !== "ADMITTED" || guest.sessionId !== live?.sessionId)
        throw new DomainError(403, "liveNotAdmitted");
    }
    assertLiveScoringOpen(
      live && {
        ...live,
        ended: live.endedAt !== null || live.sessionStatus !== "OPEN",
      },
      input,
    );
  };

function liveScoreCommand(isGuest: boolean) {
  return defineCommand({
    schema: LiveScoreSchema,
    authorize: async (actor, input) => {
      if (!isGuest) return authorizeScore(actor, input);
      // A waiting or removed guest has no scoring membership: told why, not just "forbidden".
      try {
        return await authorizeScore(actor, input);
      } catch (error) {
        if (error instanceof DomainError && error.status === 404) throw error;
        throw new DomainError(403, "liveNotAdmitted");
      }
    },
    run: (actor, input) => runScoreWrite(actor, input, liveGuard(actor, isGuest)),
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
