// A coordinator's "view as" (docs/decisions/113-view-as.md): the session carries the id of
// an officer or representative, and every read is answered as that person would see it.
// Nothing is changed in their name: any unsafe request other than ending the view (or
// signing out, which ends it too) is refused with 403 VIEW_AS_READ_ONLY.
// The auth plugin calls `applyViewAs` after its CSRF check and before the route's access
// check, so the route's access is checked against the person viewed as.
import type { Role } from "@cni/domain/enums";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db, Tx } from "../db/client.ts";
import { toSessionUser } from "../modules/auth/service.ts";
import type { SessionUser } from "./access.ts";
import { recordAudit } from "./audit.ts";
import { forbidden } from "./errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Set while a coordinator views as `request.user`: who is really signed in. */
    viewAs: ViewAsState | null;
  }
}

export type ViewAsState = { by: SessionUser; since: Date };

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Unsafe requests allowed while viewing as someone: they end the view (as the coordinator). */
const ENDING_ROUTES = new Set(["DELETE /api/view-as", "POST /api/auth/logout"]);

/** Roles whose view a coordinator may open. */
export const VIEWABLE_ROLES: readonly Role[] = ["officer", "representative"];

export function decorateViewAs(app: FastifyInstance): void {
  app.decorateRequest("viewAs", null);
}

/** Whether `user` is an account whose view may be opened (active officer or representative). */
export function isViewable(user: { role: string; active: boolean }): boolean {
  return user.active && VIEWABLE_ROLES.includes(user.role as Role);
}

type ViewAsSession = {
  id: string;
  viewAsUserId?: string | null;
  /** Epoch milliseconds. */
  viewAsStartedAt?: number | null;
};

/**
 * Called for every /api request of a session. When the session views as someone: refuses
 * writes, ends the view on sign-out, and otherwise makes the viewed person `request.user`.
 */
export async function applyViewAs(
  app: FastifyInstance,
  request: FastifyRequest,
  session: ViewAsSession,
): Promise<void> {
  const coordinator = request.user;
  if (!session.viewAsUserId || !coordinator) return;
  const route = `${request.method} ${request.routeOptions.url ?? ""}`;
  if (route === "POST /api/auth/logout") {
    await endViewAs(app.db, { actor: coordinator, sessionId: session.id, reason: "sign-out" });
    return;
  }
  if (ENDING_ROUTES.has(route)) return; // the coordinator's own request
  if (UNSAFE_METHODS.has(request.method)) {
    throw forbidden(
      "Viewing the portal as another user is read-only: end the view to make changes",
      "VIEW_AS_READ_ONLY",
    );
  }
  const target = await app.db.user.findUnique({ where: { id: session.viewAsUserId } });
  if (coordinator.role !== "coordinator" || !target || !isViewable(target)) {
    // the account was deactivated (or changed role) meanwhile: the view ends
    await endViewAs(app.db, { actor: coordinator, sessionId: session.id, reason: "invalid" });
    return;
  }
  request.viewAs = { by: coordinator, since: new Date(session.viewAsStartedAt ?? Date.now()) };
  request.user = toSessionUser(target);
}

/**
 * Ends the session's view (if any) and writes `view_as.end`, in one transaction. Returns
 * whether a view was open. `reason` says how it ended, for the audit log.
 */
export async function endViewAs(
  db: Db,
  input: { actor: SessionUser; sessionId: string; reason: "stop" | "sign-out" | "invalid" },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.session.findUnique({
      where: { id: input.sessionId },
      select: { viewAsUserId: true, viewAsStartedAt: true },
    });
    if (!row?.viewAsUserId) return false;
    await tx.session.update({
      where: { id: input.sessionId },
      data: { viewAsUserId: null, viewAsStartedAt: null },
    });
    await recordViewAsEnd(tx, input.actor, row.viewAsUserId, row.viewAsStartedAt, input.reason);
    return true;
  });
}

async function recordViewAsEnd(
  tx: Tx,
  actor: SessionUser,
  targetId: string,
  startedAt: Date | null,
  reason: string,
): Promise<void> {
  const target = await tx.user.findUnique({ where: { id: targetId }, select: { email: true } });
  const endedAt = new Date();
  await recordAudit(tx, {
    actor,
    action: "view_as.end",
    entityType: "user",
    entityId: targetId,
    summary: `${actor.email} stopped viewing the portal as ${target?.email ?? targetId}`,
    after: {
      reason,
      startedAt: startedAt?.toISOString() ?? null,
      endedAt: endedAt.toISOString(),
    },
  });
}
