import { setImmediate as nextTurn } from "node:timers/promises";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { ReminderKind } from "@cni/domain/reminders";
import type { Db } from "../../db/client.ts";
import { deliverReminder } from "./deliver-reminder.ts";
import { findDueReminders } from "./find-due-reminders.ts";
import { enabledReminderKinds } from "./reminder-settings.ts";

export type SendDueRemindersResult = {
  sent: number;
  /** Due reminders left for the next run (more than `limit` were due). */
  remaining: number;
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
  {
    today = athensToday(),
    openDaysBefore,
    limit = Number.POSITIVE_INFINITY,
  }: { today?: IsoDate; openDaysBefore: number; limit?: number },
): Promise<SendDueRemindersResult> {
  const kinds = await enabledReminderKinds(db);
  if (kinds.size === 0) return { sent: 0, remaining: 0, byKind: {} };
  const allDue = await findDueReminders(db, { today, openDaysBefore, kinds });
  if (allDue.length === 0) return { sent: 0, remaining: 0, byKind: {} };
  // A run sends at most `limit` (the first run after deployment may find hundreds of old
  // unacknowledged notices): the server keeps answering requests while the job works.
  const due = allDue.slice(0, limit);
  const names = new Map(
    (await db.municipality.findMany({ select: { id: true, nameEl: true, nameEn: true } })).map(
      (m) => [m.id, m],
    ),
  );
  const byKind: Partial<Record<ReminderKind, number>> = {};
  let sent = 0;
  for (const reminder of due) {
    // one transaction at a time, yielding to requests between them (the SQLite calls block)
    await nextTurn();
    if (await deliverReminder(db, reminder, { today, names })) {
      sent += 1;
      byKind[reminder.kind] = (byKind[reminder.kind] ?? 0) + 1;
    }
  }
  return { sent, remaining: allDue.length - due.length, byKind };
}
