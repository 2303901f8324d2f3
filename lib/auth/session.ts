import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./config";
import { type Actor, can, type Permission, type PermissionTarget } from "./permissions";
import { findActiveActor } from "./queries";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveActor>>>;

/**
 * The signed-in user, read fresh from the database on each request so that a deactivation or a
 * role change takes effect at once, not when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return findActiveActor(userId);
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For pages: signed out goes to sign-in, signed in without the permission gets the 403 page. */
export async function requirePermission<P extends Permission>(
  permission: P,
  ...target: PermissionTarget<P> extends undefined ? [] : [PermissionTarget<P>]
): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user as Actor, permission, ...target)) forbidden();
  return user;
}
