import type { MyPillars } from "@cni/contracts/activities";
import { PILLARS, type Pillar } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { parseFollowedPillars } from "./followed-pillars.ts";

/** PUT /api/me/pillars: the actor chooses the pillars they follow (stored in order). */
export async function setFollowedPillars(
  db: Db,
  { actor, pillars }: { actor: SessionUser; pillars: Pillar[] },
): Promise<MyPillars> {
  const ordered = PILLARS.filter((p) => pillars.includes(p));
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: actor.id },
      select: { followedPillars: true },
    });
    await tx.user.update({ where: { id: actor.id }, data: { followedPillars: ordered.join(",") } });
    await recordAudit(tx, {
      actor,
      action: "user.pillars",
      entityType: "user",
      entityId: actor.id,
      summary: `Followed pillars: ${ordered.join(", ") || "none"}`,
      before: { pillars: parseFollowedPillars(before?.followedPillars) },
      after: { pillars: ordered },
    });
  });
  return { pillars: ordered };
}
