import "server-only";
import { forbidden, notFound } from "next/navigation";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getSessionOverview } from "@/lib/sessions/queries";

/**
 * For the pages that run a room (the console, the room's screen): the signed-in user and the
 * session, or the 404 / 403 page when the session is missing or theirs to read but not to run.
 */
export async function requireLiveControl(sessionId: string) {
  const user = await requireUser();
  const overview = await forbidIfRefused(() => getSessionOverview(user, sessionId));
  if (!overview) notFound();
  if (!can(user, "live.control", overview.access)) forbidden();
  return { user, ...overview };
}
