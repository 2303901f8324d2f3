import "server-only";
import { DomainError } from "@/lib/actions/result";
import { type Actor, assertCan, type SessionAccess } from "@/lib/auth/permissions";
import { getSessionAccess } from "./access";

type SessionPermission =
  | "session.read"
  | "session.manage"
  | "session.reopen"
  | "classification.decide"
  | "classification.propose"
  | "evaluation.score";

/** Loads the session's access facts and asserts the permission on them; 404 when it does not exist. */
export async function authorizeOnSession(
  actor: Actor,
  sessionId: string,
  permission: SessionPermission,
): Promise<SessionAccess> {
  const access = await getSessionAccess(actor, sessionId);
  if (!access) throw new DomainError(404, "sessionNotFound");
  assertCan(actor, permission, access);
  return access;
}

/**
 * "session.manage" on a session whose content may change here. An imported session's details,
 * agenda and notes come from its bundle: a change here would be lost on the next import.
 */
export async function authorizeSessionEdit(actor: Actor, sessionId: string) {
  const access = await authorizeOnSession(actor, sessionId, "session.manage");
  if (access.imported) throw new DomainError(409, "sessionImportedReadOnly");
  return access;
}
