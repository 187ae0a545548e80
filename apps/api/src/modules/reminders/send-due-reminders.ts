import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { ReminderKind } from "@cni/domain/reminders";
import type { Db } from "../../db/client.ts";
import { deliverReminder } from "./deliver-reminder.ts";
import { findDueReminders } from "./find-due-reminders.ts";
import { enabledReminderKinds } from "./reminder-settings.ts";

export type SendDueRemindersResult = {
  sent: number;
  byKind: Partial<Record<ReminderKind, number>>;
};

/**
 * The reminder job (scheduler.ts runs it at start and every CNI_REMINDER_INTERVAL_MINUTES):
 * sends every reminder of the enabled kinds due on `today` (an Athens date) that was not
 * sent before, each in its own transaction, so one failure loses only that reminder and a
 * second run on the same day sends nothing new. No actor: the system sends them (the audit
 * entries say "system").
 */
export async function sendDueReminders(
  db: Db,
  { today = athensToday(), openDaysBefore }: { today?: IsoDate; openDaysBefore: number },
): Promise<SendDueRemindersResult> {
  const kinds = await enabledReminderKinds(db);
  if (kinds.size === 0) return { sent: 0, byKind: {} };
  const due = await findDueReminders(db, { today, openDaysBefore, kinds });
  if (due.length === 0) return { sent: 0, byKind: {} };
  const names = new Map(
    (await db.municipality.findMany({ select: { id: true, nameEl: true, nameEn: true } })).map(
      (m) => [m.id, m],
    ),
  );
  const byKind: Partial<Record<ReminderKind, number>> = {};
  let sent = 0;
  for (const reminder of due) {
    if (await deliverReminder(db, reminder, { today, names })) {
      sent += 1;
      byKind[reminder.kind] = (byKind[reminder.kind] ?? 0) + 1;
    }
  }
  return { sent, byKind };
}
