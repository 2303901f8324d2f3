import { getFacilitatorSnapshot, getGuestSnapshot, getLiveState } from "@/lib/live/queries";
import { liveError, liveJson, liveRoute } from "@/lib/live/respond";
import { getLiveViewer } from "@/lib/live/viewer";

/**
 * `GET /api/live/sessions/:sessionId/state` → what the caller's screen starts from:
 * facilitators `{ role: "facilitator", state, participants, raters }` (progress counts only),
 * guests `{ role: "guest", state, me }` (also once removed or ended, so the phone can say so),
 * other readers of the session `{ role: "rater", state }`. 404 "liveNotStarted".
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  return liveRoute(async () => {
    const { sessionId } = await params;
    const viewer = await getLiveViewer(sessionId);
    if (!viewer) return liveError(401, "signedOut");
    if (viewer.kind === "outsider") return liveError(403, "forbidden");
    if (viewer.kind === "facilitator") {
      const snapshot = await getFacilitatorSnapshot(sessionId);
      return snapshot
        ? liveJson({ role: "facilitator", ...snapshot })
        : liveError(404, "liveNotStarted");
    }
    if (viewer.kind === "guest") {
      const snapshot = await getGuestSnapshot(viewer.guest);
      return snapshot ? liveJson({ role: "guest", ...snapshot }) : liveError(404, "liveNotStarted");
    }
    const state = await getLiveState(sessionId);
    return state ? liveJson({ role: "rater", state }) : liveError(404, "liveNotStarted");
  });
}
