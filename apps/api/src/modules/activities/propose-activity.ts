import type { Activity, ActivityInputParsed } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden, unprocessable } from "../../lib/errors.ts";
import { insertActivity } from "./activity-fields.ts";
import { snapshotOf, toActivity } from "./activity-row.ts";

/**
 * POST /api/activities/proposals (officer or representative): an unpublished activity
 * for a coordinator to publish. A municipality proposes only an activity it hosts itself
 * (the host is the proposer's municipality, named or by default: another one is 422
 * HOST_NOT_OWN), and the only participant it may name is itself.
 */
export async function proposeActivity(
  db: Db,
  { actor, input }: { actor: SessionUser; input: ActivityInputParsed },
): Promise<Activity> {
  const own = actor.municipalityId;
  if (!own) throw forbidden("Only a municipality's users propose activities");
  if (input.hostMunicipalityId && input.hostMunicipalityId !== own) {
    throw unprocessable("HOST_NOT_OWN", "A proposal is hosted by your own municipality", [
      { path: "hostMunicipalityId", message: "Only your own municipality", code: "HOST_NOT_OWN" },
    ]);
  }
  const hostMunicipalityId = own;
  if (input.participantMunicipalityIds.some((id) => id !== own)) {
    throw unprocessable(
      "PARTICIPANT_NOT_OWN",
      "A proposal may only list your own municipality as a participant",
      [
        {
          path: "participantMunicipalityIds",
          message: "Only your own municipality",
          code: "PARTICIPANT_NOT_OWN",
        },
      ],
    );
  }
  const proposal: ActivityInputParsed = {
    ...input,
    hostMunicipalityId,
    // a participant that is now also the (defaulted) host is simply the host
    participantMunicipalityIds: input.participantMunicipalityIds.filter(
      (id) => id !== hostMunicipalityId,
    ),
  };
  const row = await db.$transaction(async (tx) => {
    const created = await insertActivity(tx, proposal, {
      published: false,
      proposedById: actor.id,
    });
    await recordAudit(tx, {
      actor,
      action: "activity.propose",
      entityType: "activity",
      entityId: created.id,
      summary: `Activity “${created.titleEl}” proposed by ${own}`,
      after: snapshotOf(created),
    });
    return created;
  });
  return toActivity(row, actor);
}
