import type { ReminderSettings } from "@cni/contracts/reminders";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { forbidden } from "../../lib/errors.ts";
import { loadReminderSettings } from "./reminder-settings.ts";

/** GET /api/reminders/settings (coordinators): every reminder kind and whether it is on. */
export async function listReminderSettings(
  db: Db,
  { actor }: { actor: SessionUser },
): Promise<ReminderSettings> {
  if (actor.role !== "coordinator") throw forbidden("Only coordinators manage reminders");
  return { settings: await loadReminderSettings(db) };
}
