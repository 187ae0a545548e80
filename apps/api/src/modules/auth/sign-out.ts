import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";

/** Ends this session (the others of the person stay). */
export async function signOut(
  db: Db,
  { actor, sessionId }: { actor: SessionUser; sessionId: string },
) {
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: sessionId } });
    await recordAudit(tx, {
      actor,
      action: "auth.logout",
      entityType: "user",
      entityId: actor.id,
      summary: `${actor.email} signed out`,
    });
  });
}
