import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { unprocessable } from "../../lib/errors.ts";
import { findAccountOr404, toAccount } from "./account-row.ts";

/**
 * PATCH /api/users/:id — deactivates (every session of the person ends at once) or
 * reactivates an account. A coordinator cannot deactivate their own account.
 */
export async function setUserActive(
  db: Db,
  { actor, id, active }: { actor: SessionUser; id: string; active: boolean },
) {
  return db.$transaction(async (tx) => {
    const before = await findAccountOr404(tx, id);
    if (!active && before.id === actor.id) {
      throw unprocessable("CANNOT_DEACTIVATE_SELF", "You cannot deactivate your own account");
    }
    if (before.active === active) return toAccount(before);
    await tx.user.update({ where: { id }, data: { active } });
    let endedSessions = 0;
    if (!active) endedSessions = (await tx.session.deleteMany({ where: { userId: id } })).count;
    await recordAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: id,
      summary: active
        ? `${actor.email} reactivated ${before.email}`
        : `${actor.email} deactivated ${before.email} (${endedSessions} session(s) ended)`,
      before: { active: before.active },
      after: { active },
    });
    return toAccount(await findAccountOr404(tx, id));
  });
}
