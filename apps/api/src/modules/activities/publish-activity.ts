import type { Activity } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { ACTIVITY_INCLUDE, findActivityOr404, toActivity } from "./activity-row.ts";

/** POST /api/activities/:id/publish (coordinator): a proposal becomes a published activity. */
export async function publishActivity(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<Activity> {
  const row = await db.$transaction(async (tx) => {
    const existing = await findActivityOr404(tx, id);
    if (existing.published) {
      throw conflict("ALREADY_PUBLISHED", "The activity is already published");
    }
    const updated = await tx.activity.update({
      where: { id },
      data: { published: true },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor,
      action: "activity.publish",
      entityType: "activity",
      entityId: id,
      summary: `Proposed activity “${existing.titleEl}” published`,
      before: { published: false },
      after: { published: true },
    });
    return updated;
  });
  return toActivity(row, actor);
}
