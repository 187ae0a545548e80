import type { Activity, ActivityInputParsed } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { insertActivity } from "./activity-fields.ts";
import { snapshotOf, toActivity } from "./activity-row.ts";

/** POST /api/activities (coordinator): a published activity. */
export async function createActivity(
  db: Db,
  { actor, input }: { actor: SessionUser; input: ActivityInputParsed },
): Promise<Activity> {
  const row = await db.$transaction(async (tx) => {
    const created = await insertActivity(tx, input, { published: true, proposedById: null });
    await recordAudit(tx, {
      actor,
      action: "activity.create",
      entityType: "activity",
      entityId: created.id,
      summary: `Activity “${created.titleEl}” created`,
      after: snapshotOf(created),
    });
    return created;
  });
  return toActivity(row, actor);
}
