import type { Activity } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";
import { findActivity, toActivity } from "./activity-row.ts";
import { canSee, viewerOf } from "./query.ts";

/**
 * GET /api/activities/:id: one activity the actor may see; anything else is a 404
 * (members-only and unpublished ones are not revealed).
 */
export async function getActivity(
  db: Db,
  { actor, id }: { actor: SessionUser | null; id: string },
): Promise<Activity> {
  const row = await findActivity(db, id);
  if (!row || !canSee(await viewerOf(db, actor), row)) throw notFound("Activity");
  return toActivity(row, actor);
}
