import { athensToday, type IsoDate } from "@cni/domain/dates";
import { ROLES, type Role } from "@cni/domain/enums";
import type { Db, Tx } from "../db/client.ts";
import { forbidden, unauthorized } from "./errors.ts";
import { isParty } from "./parties.ts";

/**
 * Who may call a route. Every /api route declares one in `config.access`; the auth plugin
 * checks it before the handler runs.
 * - `signedIn` with roles: those roles. A pending (not yet verified) officer is refused
 *   unless the route says `pending: "allowed"` — only drafting its own declaration and its
 *   own account are open to it.
 * - `partyMember`: a verified account of a municipality that is a party to the MoU today, or
 *   a coordinator ("members only"). Checked against the database on every request.
 */
export type Access =
  | { kind: "public" }
  | {
      kind: "signedIn";
      roles: readonly Role[];
      /** "pending": pending officers pass; "any": refused accounts too (their own session). */
      unverified?: "pending" | "any";
    }
  | { kind: "partyMember"; roles: readonly Role[] };

export const access = {
  /** Anyone, signed in or not. */
  public: { kind: "public" } as Access,
  /** Any signed-in user, pending officers included (sessions, one's own account). */
  signedIn: { kind: "signedIn", roles: ROLES, unverified: "any" } as Access,
  /** Signed-in users with one of these roles; pending officers are refused. */
  roles: (...roles: Role[]): Access => ({ kind: "signedIn", roles }),
  /** Officers (pending ones too: they draft their own declaration) and coordinators. */
  draftingOfficer: {
    kind: "signedIn",
    roles: ["officer", "coordinator"],
    unverified: "pending",
  } as Access,
  /** A verified account of a party today, or a coordinator. */
  partyMember: { kind: "partyMember", roles: ROLES } as Access,
  /** partyMember, limited to these roles (coordinators pass only if listed). */
  partyMemberRoles: (...roles: Role[]): Access => ({ kind: "partyMember", roles }),
};

export type Verification = "pending" | "verified" | "refused";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  verification: Verification;
};

/** A user's row as stored (role and verification as plain text), before toSessionUser. */
export type StoredUser = Omit<SessionUser, "role" | "verification"> & {
  role: string;
  verification: string;
};

/** The signed-in user, or 401. For handlers of routes that are not public. */
export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw unauthorized();
  return user;
}

/** A self-registered officer that no coordinator has verified (yet, or ever). */
export function isUnverified(user: Pick<SessionUser, "verification">): boolean {
  return user.verification !== "verified";
}

/** 403 NOT_VERIFIED for an account a coordinator has not verified. */
export function assertVerified(user: SessionUser): void {
  if (isUnverified(user)) {
    throw forbidden(
      user.verification === "refused"
        ? "A coordinator refused this registration"
        : "A coordinator has not verified this account yet: until then it can only draft its municipality's declaration",
      "NOT_VERIFIED",
    );
  }
}

/** True for a coordinator, or a verified account of a municipality that is a party on `day`. */
export async function isPartyMember(
  db: Db | Tx,
  user: SessionUser,
  day: IsoDate = athensToday(),
  partyOn: PartyCheck = (municipalityId, on) => isParty(db, municipalityId, on),
): Promise<boolean> {
  if (user.role === "coordinator") return true;
  if (isUnverified(user) || !user.municipalityId) return false;
  return partyOn(user.municipalityId, day);
}

/** "Is this municipality a party on this day" (the auth plugin passes a memoized one). */
export type PartyCheck = (municipalityId: string, day: IsoDate) => Promise<boolean>;

/** What the route's access lets an unverified account do (checked by the auth plugin). */
export function assertVerificationAllows(user: SessionUser, routeAccess: Access): void {
  if (user.verification === "verified" || routeAccess.kind !== "signedIn") return;
  if (routeAccess.unverified === "any") return;
  if (routeAccess.unverified === "pending" && user.verification === "pending") return;
  assertVerified(user);
}

/** 403 unless `isPartyMember` (NOT_VERIFIED for a pending account). */
export async function assertPartyMember(
  db: Db | Tx,
  user: SessionUser,
  partyOn?: PartyCheck,
): Promise<void> {
  assertVerified(user);
  if (!(await isPartyMember(db, user, athensToday(), partyOn))) {
    throw forbidden("Only the parties to the Memorandum and the coordinators see this");
  }
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

/**
 * Whether the user may see a record of its own municipality. A pending officer sees only
 * what it created itself (its own draft), never what the municipality had before it
 * registered: registering must not open a municipality's files to an unverified stranger.
 */
export function canSeeOwnRecord(
  user: SessionUser,
  record: { municipalityId: string; createdById?: string | null },
): boolean {
  if (!canActFor(user, record.municipalityId)) return false;
  return !isUnverified(user) || record.createdById === user.id;
}
