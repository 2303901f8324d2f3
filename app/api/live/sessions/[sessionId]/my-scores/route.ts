import { getMyScores } from "@/lib/live/queries";
import { liveError, liveJson, liveRoute } from "@/lib/live/respond";
import { getLiveViewer } from "@/lib/live/viewer";

/** `GET /api/live/sessions/:sessionId/my-scores?agendaItemId=` → `{ scores }`: the caller's own. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  return liveRoute(async () => {
    const { sessionId } = await params;
    const agendaItemId = new URL(request.url).searchParams.get("agendaItemId");
    if (!agendaItemId) return liveError(400, "invalidInput");
    const viewer = await getLiveViewer(sessionId);
    if (!viewer) return liveError(401, "signedOut");
    if (viewer.kind === "outsider") return liveError(403, "forbidden");
    if (viewer.kind === "guest" && !viewer.mayFollow) return liveError(403, "liveNotAdmitted");
    return liveJson({ scores: await getMyScores(viewer.actor, agendaItemId, sessionId) });
  });
}
