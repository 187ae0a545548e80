import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { conflict } from "../../lib/errors.ts";
import { issueInvitation } from "../invitations/service.ts";
import { findAccountOr404, toAccount } from "./account-row.ts";
import type { InvitationContext } from "./create-user.ts";

/** POST /api/users/:id/invitation — a fresh link (also a way to reset a forgotten password). */
export async function reissueInvitation(
  db: Db,
  { actor, id, links }: { actor: SessionUser; id: string; links: InvitationContext },
) {
  return db.$transaction(async (tx) => {
    const user = await findAccountOr404(tx, id);
    if (!user.active) {
      throw conflict("USER_DEACTIVATED", "Reactivate the account before inviting the person");
    }
    const link = await issueInvitation(tx, user, { actor, ...links });
    return { user: toAccount(await findAccountOr404(tx, id)), ...link };
  });
}
