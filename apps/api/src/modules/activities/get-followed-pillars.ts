import type { MyPillars } from "@cni/contracts/activities";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { parseFollowedPillars } from "./followed-pillars.ts";

/** GET /api/me/pillars: the pillars the actor follows. */
export async function getFollowedPillars(
  db: Db,
  { actor }: { actor: SessionUser },
): Promise<MyPillars> {
  const row = await db.user.findUnique({
    where: { id: actor.id },
    select: { followedPillars: true },
  });
  return { pillars: parseFollowedPillars(row?.followedPillars) };
}
