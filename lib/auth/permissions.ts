import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one place that decides who may do what. Pages, server actions and route handlers ask
 * `can` / `assertCan` with a permission named `entity.verb` and, where the rule depends on it,
 * the concrete object acted on. No other module compares roles.
 */
export type Actor = {
  id: string;
  role: Role;
  countryCode: string | null;
  organisationId: string | null;
};

type UserTarget = { id: string };

type Rules = {
  "user.list": () => boolean;
  "user.create": () => boolean;
  "user.update": (target: UserTarget) => boolean;
  "user.deactivate": (target: UserTarget) => boolean;
  "user.invite": (target: UserTarget) => boolean;
  "organisation.list": () => boolean;
  "organisation.create": () => boolean;
  "session.prepare": () => boolean;
  "session.score": () => boolean;
  "results.review": () => boolean;
  "results.compareCountries": () => boolean;
  "summary.read": () => boolean;
};

export type Permission = keyof Rules;
export type PermissionTarget<P extends Permission> = Parameters<Rules[P]>[0];
/** Permissions that do not depend on a concrete object (menus, home page). */
export type GlobalPermission = {
  [P in Permission]: PermissionTarget<P> extends undefined ? P : never;
}[Permission];

function rulesFor(actor: Actor): Rules {
  const isAdmin = actor.role === "ADMIN";
  const isFacilitator = actor.role === "FACILITATOR";
  const isPartner = actor.role === "PARTNER";
  return {
    "user.list": () => isAdmin,
    "user.create": () => isAdmin,
    "user.update": () => isAdmin,
    // An admin cannot lock themselves out: another admin must do it.
    "user.deactivate": (target) => isAdmin && target.id !== actor.id,
    "user.invite": () => isAdmin,
    "organisation.list": () => isAdmin,
    "organisation.create": () => isAdmin,
    "session.prepare": () => isAdmin || isFacilitator,
    "session.score": () => isAdmin || isFacilitator || actor.role === "PARTICIPANT",
    // A partner without a country could see nothing, so they are not offered the review at all.
    "results.review": () => isAdmin || isFacilitator || (isPartner && actor.countryCode !== null),
    "results.compareCountries": () => isAdmin,
    "summary.read": () => true,
  };
}

export function can<P extends Permission>(
  actor: Actor | null | undefined,
  permission: P,
  ...target: PermissionTarget<P> extends undefined ? [] : [PermissionTarget<P>]
): boolean {
  if (!actor) return false;
  const rule = rulesFor(actor)[permission] as (t?: unknown) => boolean;
  return rule(target[0]);
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan<P extends Permission>(
  actor: Actor | null | undefined,
  permission: P,
  ...target: PermissionTarget<P> extends undefined ? [] : [PermissionTarget<P>]
): asserts actor is Actor {
  if (!can(actor, permission, ...target)) throw new ForbiddenError(permission);
}

export const ALL_PERMISSIONS = [
  "user.list",
  "user.create",
  "user.update",
  "user.deactivate",
  "user.invite",
  "organisation.list",
  "organisation.create",
  "session.prepare",
  "session.score",
  "results.review",
  "results.compareCountries",
  "summary.read",
] as const satisfies readonly Permission[];
