// Reminders (decision 093): each kind can be switched off by a coordinator; the scheduled
// job sends each reminder once per subject, as an in-app notice (and an e-mail when SMTP is
// configured).
import { REMINDER_KINDS } from "@cni/domain/reminders";
import { z } from "zod";
import { instant, isoDate } from "./common.ts";

export const reminderKind = z.enum(REMINDER_KINDS).meta({ id: "ReminderKind" });

export const reminderSetting = z
  .object({
    kind: reminderKind,
    enabled: z.boolean(),
    /** When a coordinator last switched it (null: never, it is on by default). */
    updatedAt: instant.nullable(),
  })
  .meta({ id: "ReminderSetting" });
export type ReminderSetting = z.infer<typeof reminderSetting>;

export const sentReminder = z
  .object({
    id: z.string(),
    kind: reminderKind,
    /** null: the coordinators. */
    recipientMunicipalityId: z.string().nullable(),
    recipientNameEl: z.string().nullable(),
    recipientNameEn: z.string().nullable(),
    subjectMunicipalityId: z.string().nullable(),
    subjectNameEl: z.string().nullable(),
    subjectNameEn: z.string().nullable(),
    remindedOn: isoDate,
    sentAt: instant,
  })
  .meta({ id: "SentReminder" });
export type SentReminder = z.infer<typeof sentReminder>;

export const reminderSettings = z.object({
  /** Every kind, in a fixed order, with whether it is on. */
  settings: z.array(reminderSetting),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;

/** PUT /api/reminders/settings: switch one kind on or off. */
export const reminderSettingUpdate = z.object({ kind: reminderKind, enabled: z.boolean() });
export type ReminderSettingUpdate = z.infer<typeof reminderSettingUpdate>;

/** The reminders sent most recently, newest first (at most `limit`, default 20). */
export const sentReminderQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const sentReminderList = z.object({ items: z.array(sentReminder) });
export type SentReminderList = z.infer<typeof sentReminderList>;
