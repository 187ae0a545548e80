import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { notFound, unprocessable } from "../../lib/errors.ts";
import { isViewable } from "../../lib/view-as.ts";

/**
 * A coordinator starts viewing the portal as an active officer or representative: the
 * session remembers whom, and `view_as.start` is written in the same transaction. Never
 * another coordinator (their view is the coordinator's own) nor a deactivated account.
 */
export async function startViewAs(
  db: Db,
  { actor, sessionId, userId }: { actor: SessionUser; sessionId: string; userId: string },
) {
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) throw notFound("User");
  if (!isViewable(target)) {
    throw unprocessable(
      "VIEW_AS_TARGET_INVALID",
      "Only an active officer's or representative's view can be opened",
    );
  }
  const startedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.session.update({
      where: { id: sessionId },
      data: { viewAsUserId: target.id, viewAsStartedAt: startedAt },
    });
    await recordAudit(tx, {
      actor,
      action: "view_as.start",
      entityType: "user",
      entityId: target.id,
      summary: `${actor.email} started viewing the portal as ${target.email} (read-only)`,
      after: { role: target.role, municipalityId: target.municipalityId },
    });
  });
  return { target, startedAt };
}
