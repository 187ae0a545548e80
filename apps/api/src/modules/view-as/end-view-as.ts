import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { endViewAs as endSessionView } from "../../lib/view-as.ts";

/** The coordinator stops viewing as someone ("Stop" on the banner); nothing to do if not. */
export async function endViewAs(
  db: Db,
  { actor, sessionId }: { actor: SessionUser; sessionId: string },
): Promise<void> {
  await endSessionView(db, { actor, sessionId, reason: "stop" });
}
