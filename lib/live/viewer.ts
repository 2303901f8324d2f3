import "server-only";
import { can } from "@/lib/auth/permissions";
import { getSessionAccess } from "@/lib/sessions/access";
import { getLiveActor, getSignedInActor, type LiveActor } from "./actor";
import type { LiveGuest } from "./events";
import { guestAccess } from "./queries";

/**
 * Who is looking at a session's live part, and as what:
 * - "facilitator": signed in with "live.control" (console, room's screen, every event);
 * - "guest": the guest cookie names a guest of THIS session; `mayFollow` / `mayParticipate`
 *   say whether their access still runs (removed guests and ended sessions: false);
 * - "rater": signed in, reads the session (e.g. an invited participant with an account);
 * - "outsider": signed in, but may not read this session (or it does not exist): 403;
 * - null: nobody we know (no guest cookie, not signed in): 401.
 * For route handlers and pages, including the event stream.
 */
export type LiveViewer =
  | ({ kind: "facilitator" } & LiveActor & { guest: null })
  | ({ kind: "guest" } & LiveActor & {
        guest: LiveGuest;
        mayFollow: boolean;
        mayParticipate: boolean;
      })
  | ({ kind: "rater" } & LiveActor & { guest: null })
  | { kind: "outsider" };

export async function getLiveViewer(sessionId: string): Promise<LiveViewer | null> {
  let found = await getLiveActor();
  // A guest cookie from another session's room does not hide who is signed in.
  if (found?.guest && found.guest.sessionId !== sessionId) found = await getSignedInActor();
  if (!found) return null;
  const { actor, guest } = found;
  if (guest) {
    const standing = guestAccess(actor, guest, sessionId);
    return {
      kind: "guest",
      actor,
      guest,
      mayFollow: can(actor, "live.follow", standing),
      mayParticipate: can(actor, "live.participate", standing),
    };
  }
  const access = await getSessionAccess(actor, sessionId);
  if (access && can(actor, "live.control", access))
    return { kind: "facilitator", actor, guest: null };
  if (access && can(actor, "session.read", access)) return { kind: "rater", actor, guest: null };
  return { kind: "outsider" };
}
