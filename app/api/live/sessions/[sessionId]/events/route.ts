import { DomainError } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import type { ErrorKey } from "@/lib/i18n/error-keys";
import { getLiveActor } from "@/lib/live/actor";
import { canControlLive, guestAccess } from "@/lib/live/queries";
import { finalStream, openLiveEventStream, unavailableStream } from "@/lib/live/realtime-stream";
import { isDatabaseUnavailable } from "@/lib/live/respond";

// A long-lived response fed by this process's LISTEN connection: Node.js, never cached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function refuse(status: 401 | 403 | 404, error: ErrorKey): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * `GET /api/live/sessions/[sessionId]/events`: the live session as a `text/event-stream`
 * (docs/decisions/0010). A guest follows only their own session, and is told `removed` or
 * `ended` (then the stream ends) once their access is over; a signed-in user needs
 * "live.control" on the session. Refusals are JSON before any streaming starts.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const { sessionId } = await params;
  try {
    const caller = await getLiveActor();
    if (!caller) return refuse(401, "signedOut");
    const { actor, guest } = caller;
    if (guest) {
      if (guest.sessionId !== sessionId) return refuse(403, "forbidden");
      if (guest.status === "REMOVED") return finalStream("removed");
      if (!guest.sessionOpen || guest.liveEnded) return finalStream("ended");
      if (!can(actor, "live.follow", guestAccess(actor, guest, sessionId)))
        return refuse(403, "forbidden");
      return await openLiveEventStream(sessionId, { kind: "guest", guest }, request.signal);
    }
    if (!(await canControlLive(actor, sessionId))) return refuse(403, "forbidden");
    return await openLiveEventStream(sessionId, { kind: "facilitator" }, request.signal);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return refuse(404, error.messageKey);
    if (isDatabaseUnavailable(error)) return unavailableStream();
    throw error;
  }
}
