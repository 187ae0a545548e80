// Which reminder kinds are on. No row means on: a kind is switched off only by a
// coordinator (PUT /api/reminders/settings), and a new kind starts on.
import type { ReminderSetting } from "@cni/contracts/reminders";
import { REMINDER_KINDS, type ReminderKind } from "@cni/domain/reminders";
import type { Db, Tx } from "../../db/client.ts";

/** Every kind in REMINDER_KINDS order, with whether it is on. */
export async function loadReminderSettings(db: Db | Tx): Promise<ReminderSetting[]> {
  const rows = await db.reminderSetting.findMany();
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return REMINDER_KINDS.map((kind) => {
    const row = byKind.get(kind);
    return {
      kind,
      enabled: row?.enabled ?? true,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/** The kinds that are on. */
export async function enabledReminderKinds(db: Db | Tx): Promise<Set<ReminderKind>> {
  const settings = await loadReminderSettings(db);
  return new Set(settings.filter((s) => s.enabled).map((s) => s.kind));
}
