import type { ReminderSettings } from "@cni/contracts/reminders";
import type { ReminderKind } from "@cni/domain/reminders";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { forbidden } from "../../lib/errors.ts";
import { loadReminderSettings } from "./reminder-settings.ts";

/**
 * PUT /api/reminders/settings (coordinators): switches one reminder kind off or on, with
 * its audit entry, in one transaction. Switching to the state it already has changes
 * nothing and records nothing. Returns every kind's setting.
 */
export async function updateReminderSetting(
  db: Db,
  { actor, kind, enabled }: { actor: SessionUser; kind: ReminderKind; enabled: boolean },
): Promise<ReminderSettings> {
  if (actor.role !== "coordinator") throw forbidden("Only coordinators manage reminders");
  return db.$transaction(async (tx) => {
    const before = await tx.reminderSetting.findUnique({ where: { kind } });
    const wasEnabled = before?.enabled ?? true;
    if (wasEnabled !== enabled) {
      await tx.reminderSetting.upsert({
        where: { kind },
        create: { kind, enabled, updatedById: actor.id },
        update: { enabled, updatedById: actor.id },
      });
      await recordAudit(tx, {
        actor,
        action: "reminder.setting",
        entityType: "reminder",
        entityId: kind,
        summary: `Switched the ${kind} reminders ${enabled ? "on" : "off"}`,
        before: { enabled: wasEnabled },
        after: { enabled },
      });
    }
    return { settings: await loadReminderSettings(tx) };
  });
}
