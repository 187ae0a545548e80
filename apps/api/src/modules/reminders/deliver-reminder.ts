import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../../lib/audit.ts";
import { emailPortalUrl, enqueueEmail, isEmailOutboxEnabled } from "../email/outbox.ts";
import type { DueReminder } from "./find-due-reminders.ts";
import { reminderEmail } from "./reminder-email.ts";

type Names = { nameEl: string; nameEn: string };

/**
 * Sends one reminder in one transaction: the SentReminder row (its unique subject key is
 * what makes the job idempotent), the in-app notice, the e-mails (queued in the outbox when
 * SMTP is configured) and the audit entry. Returns false, writing nothing, when the same
 * reminder was recorded meanwhile (another run got there first).
 */
export async function deliverReminder(
  db: Db,
  reminder: DueReminder,
  { today, names }: { today: IsoDate; names: Map<string, Names> },
): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      const notice = await tx.notice.create({
        data: {
          ...reminder.notice,
          subjectMunicipalityId: reminder.subjectMunicipalityId,
          recipientMunicipalityId: reminder.recipientMunicipalityId,
        },
      });
      await tx.sentReminder.create({
        data: {
          kind: reminder.kind,
          subjectKey: reminder.subjectKey,
          recipientMunicipalityId: reminder.recipientMunicipalityId,
          subjectMunicipalityId: reminder.subjectMunicipalityId,
          noticeId: notice.id,
          remindedOn: today,
        },
      });
      if (isEmailOutboxEnabled()) {
        const users = await tx.user.findMany({
          where: {
            active: true,
            verification: "verified",
            ...(reminder.recipientMunicipalityId
              ? {
                  role: { in: ["officer", "representative"] },
                  municipalityId: reminder.recipientMunicipalityId,
                }
              : { role: "coordinator" }),
          },
          select: { email: true },
        });
        if (users.length > 0) {
          const subject = reminder.subjectMunicipalityId
            ? (names.get(reminder.subjectMunicipalityId) ?? null)
            : null;
          const message = reminderEmail(
            reminder.kind,
            subject,
            emailPortalUrl(),
            reminder.notice.reviewDueOn ?? undefined,
          );
          await enqueueEmail(tx, { to: users.map((u) => u.email), ...message });
        }
      }
      await recordAudit(tx, {
        actor: null,
        action: "reminder.send",
        entityType: "reminder",
        entityId: reminder.subjectKey,
        summary: `Sent a ${reminder.kind} reminder to ${reminder.recipientMunicipalityId ?? "the coordinators"}`,
        after: { noticeId: notice.id },
      });
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return false;
    }
    throw error;
  }
}
