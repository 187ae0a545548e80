import type { Activity } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden, notFound } from "../../lib/errors.ts";
import { ACTIVITY_INCLUDE, findActivity, snapshotOf, toActivity } from "./activity-row.ts";
import { canSee, viewerOf } from "./query.ts";

/**
 * POST/DELETE /api/activities/:id/participants/me: an officer or representative marks (or
 * unmarks) their OWN municipality's participation. The municipality comes from the
 * account, never from the request; the route lets only a party's users in (members only).
 * Idempotent.
 */
export async function setOwnParticipation(
  db: Db,
  { actor, id, participating }: { actor: SessionUser; id: string; participating: boolean },
): Promise<Activity> {
  const own = actor.municipalityId;
  if (!own) throw forbidden("Only a municipality's users mark participation");
  const viewer = await viewerOf(db, actor);
  const row = await db.$transaction(async (tx) => {
    const existing = await findActivity(tx, id);
    if (!existing?.published || !canSee(viewer, existing)) throw notFound("Activity");
    const isParticipant = existing.participants.some((p) => p.municipality.id === own);
    if (isParticipant === participating) return existing;
    if (participating) {
      if (existing.status === "cancelled") {
        throw conflict("ACTIVITY_CANCELLED", "The activity has been cancelled");
      }
      if (existing.hostMunicipalityId === own) {
        throw conflict("HOST_MUNICIPALITY", "Your municipality hosts this activity");
      }
      await tx.activityParticipant.create({ data: { activityId: id, municipalityId: own } });
    } else {
      await tx.activityParticipant.delete({
        where: { activityId_municipalityId: { activityId: id, municipalityId: own } },
      });
    }
    // updatedAt moves so feeds and caches see the change
    const updated = await tx.activity.update({
      where: { id },
      data: { updatedAt: new Date() },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, {
      actor,
      action: participating ? "activity.participation.add" : "activity.participation.remove",
      entityType: "activity",
      entityId: id,
      summary: participating
        ? `${own} takes part in “${existing.titleEl}”`
        : `${own} no longer takes part in “${existing.titleEl}”`,
      before: { participantMunicipalityIds: snapshotOf(existing).participantMunicipalityIds },
      after: { participantMunicipalityIds: snapshotOf(updated).participantMunicipalityIds },
    });
    return updated;
  });
  return toActivity(row, actor);
}
