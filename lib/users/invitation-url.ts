import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { publicOrigin } from "@/lib/http/public-origin";

/** The one-time link to accept an invitation, on the installation's public address. */
export function invitationUrl(token: string): string {
  return `${publicOrigin()}/invite/${token}`;
}

/**
 * A command's result with its invitation token turned into the link to show: the raw token never
 * needs to reach the browser on its own.
 */
export function withInvitationUrl<T extends { invitationToken: string | null }>(
  result: ActionResult<T>,
): ActionResult<Omit<T, "invitationToken"> & { invitationUrl: string | null }> {
  if (!result.ok) return result;
  const { invitationToken, ...rest } = result.data;
  return {
    ok: true,
    data: { ...rest, invitationUrl: invitationToken ? invitationUrl(invitationToken) : null },
  };
}
