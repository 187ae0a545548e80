import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { toSessionUser } from "./service.ts";

/** The person changes their own name (the e-mail and the role are the coordinators' to change). */
export async function renameAccount(db: Db, { actor, name }: { actor: SessionUser; name: string }) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    const user = await tx.user.update({ where: { id: actor.id }, data: { name } });
    await recordAudit(tx, {
      actor,
      action: "account.rename",
      entityType: "user",
      entityId: actor.id,
      summary: `${actor.email} changed their name`,
      before: { name: before.name },
      after: { name },
    });
    return toSessionUser(user);
  });
}
