import { type Activity, type ActivityPatch, activityInput } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { badRequest } from "../../lib/errors.ts";
import { assertMunicipalitiesExist, columnsOf, relationsOf } from "./activity-fields.ts";
import { ACTIVITY_INCLUDE, findActivityOr404, snapshotOf, toActivity } from "./activity-row.ts";

/**
 * PATCH /api/activities/:id (coordinator): merges the patch into the stored activity,
 * then checks the whole again with the same schema as a new one.
 */
export async function updateActivity(
  db: Db,
  { actor, id, patch }: { actor: SessionUser; id: string; patch: ActivityPatch },
): Promise<Activity> {
  const row = await db.$transaction(async (tx) => {
    const existing = await findActivityOr404(tx, id);
    const { published: _published, ...stored } = snapshotOf(existing);
    const merged: Record<string, unknown> = { ...stored };
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) merged[key] = value;
    }
    const parsed = activityInput.safeParse(merged);
    if (!parsed.success) {
      throw badRequest(
        "VALIDATION_FAILED",
        "The request is not valid",
        parsed.error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
          // a contract rule names itself in params.code, as in plugins/errors.ts
          code: (issue as { params?: { code?: string } }).params?.code ?? issue.code,
        })),
      );
    }
    const input = parsed.data;
    await assertMunicipalitiesExist(tx, input);
    await tx.activityPillar.deleteMany({ where: { activityId: id } });
    await tx.activityParticipant.deleteMany({ where: { activityId: id } });
    const updated = await tx.activity.update({
      where: { id },
      data: { ...columnsOf(input), ...relationsOf(input) },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor,
      action: "activity.update",
      entityType: "activity",
      entityId: id,
      summary: `Activity “${updated.titleEl}” updated`,
      before: snapshotOf(existing),
      after: snapshotOf(updated),
    });
    return updated;
  });
  return toActivity(row, actor);
}
