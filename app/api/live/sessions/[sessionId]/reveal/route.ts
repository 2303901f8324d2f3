import { getReveal } from "@/lib/live/queries";
import { liveError, liveJson, liveRoute } from "@/lib/live/respond";
import { getLiveViewer } from "@/lib/live/viewer";

/**
 * `GET /api/live/sessions/:sessionId/reveal` → distributions, spreads, agreed levels and the
 * most disputed criteria of the WISE on stage. 409 "liveNotRevealed" before the reveal, for
 * everyone: scoring is blind until then.
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
    if (viewer.kind === "guest" && !viewer.mayParticipate) return liveError(403, "liveNotAdmitted");
    return liveJson(await getReveal(sessionId));
  });
}
