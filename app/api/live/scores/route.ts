import { getLiveRater } from "@/lib/live/actor";
import { liveError, liveFailure, liveJson, liveRoute, readJsonWrite } from "@/lib/live/respond";
import { saveLiveScore } from "@/lib/live/score-mutations";

/**
 * `POST /api/live/scores` `{ clientChangeId, agendaItemId, criterionId, answer, level?, value?,
 * comment?, expectedVersion }` → 200 `{ score, duplicate }`. Guests (cookie first) and signed-in
 * raters alike. 409 "scoreStale" with `current`, 409 "liveScoringClosed", 403 "liveNotAdmitted".
 */
export async function POST(request: Request) {
  return liveRoute(async () => {
    const read = await readJsonWrite(request);
    if (!read.ok) return read.response;
    const { body } = read;
    const caller = await getLiveRater();
    if (!caller) return liveError(401, "signedOut");
    const result = await saveLiveScore(caller.actor, caller.isGuest, body);
    if (!result.ok) return liveFailure(result);
    return liveJson(result.data);
  });
}
