import { getSignedInActor } from "@/lib/live/actor";
import { controlLive } from "@/lib/live/mutations";
import { liveError, liveFailure, liveJson, liveRoute, readJsonWrite } from "@/lib/live/respond";

/**
 * `POST /api/live/sessions/:sessionId/control` with one of the console's actions (see
 * LiveControlSchema) → 200 `{ state }`. Facilitators only ("live.control"); a guest cookie in
 * the same browser is ignored here.
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  return liveRoute(async () => {
    const read = await readJsonWrite(request);
    if (!read.ok) return read.response;
    const { body } = read;
    if (body === null || typeof body !== "object") return liveError(400, "invalidInput");
    const caller = await getSignedInActor();
    if (!caller) return liveError(401, "signedOut");
    const { sessionId } = await params;
    const result = await controlLive(caller.actor, { ...body, sessionId });
    if (!result.ok) return liveFailure(result);
    return liveJson(result.data);
  });
}
