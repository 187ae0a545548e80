import { ROLES, type Role } from "@cni/domain/enums";
import { forbidden, unauthorized } from "./errors.ts";

/** Who may call a route. Every /api route declares one in `config.access`. */
export type Access = { kind: "public" } | { kind: "signedIn"; roles: readonly Role[] };

export const access = {
  /** Anyone, signed in or not. */
  public: { kind: "public" } as Access,
  /** Any signed-in user. */
  signedIn: { kind: "signedIn", roles: ROLES } as Access,
  /** Signed-in users with one of these roles. */
  roles: (...roles: Role[]): Access => ({ kind: "signedIn", roles }),
};

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
};

/** The signed-in user, or 401. For handlers of routes that are not public. */
export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw unauthorized();
  return user;
}

/**
 * "Own municipality" scoping: coordinators act for any municipality; officers and
 * representatives only for the one in their account (never one sent by the client).
 */
export function canActFor(user: SessionUser, municipalityId: string): boolean {
  return user.role === "coordinator" || user.municipalityId === municipalityId;
}

export function assertCanActFor(user: SessionUser, municipalityId: string): void {
  if (!canActFor(user, municipalityId)) throw forbidden("This belongs to another municipality");
}
