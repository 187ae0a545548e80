import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { findActivityOr404, snapshotOf } from "./activity-row.ts";

/** DELETE /api/activities/:id (coordinator): also how a proposal is turned down. */
export async function deleteActivity(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await findActivityOr404(tx, id);
    await tx.activity.delete({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: existing.published ? "activity.delete" : "activity.reject",
      entityType: "activity",
      entityId: id,
      summary: existing.published
        ? `Activity “${existing.titleEl}” deleted`
        : `Proposed activity “${existing.titleEl}” not published (deleted)`,
      before: snapshotOf(existing),
    });
  });
}
