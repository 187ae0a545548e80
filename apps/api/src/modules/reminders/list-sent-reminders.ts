import type { SentReminderList } from "@cni/contracts/reminders";
import type { ReminderKind } from "@cni/domain/reminders";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { forbidden } from "../../lib/errors.ts";

/** GET /api/reminders/sent (coordinators): the reminders sent most recently, newest first. */
export async function listSentReminders(
  db: Db,
  { actor, limit }: { actor: SessionUser; limit: number },
): Promise<SentReminderList> {
  if (actor.role !== "coordinator") throw forbidden("Only coordinators see the reminders sent");
  const rows = await db.sentReminder.findMany({
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  const ids = new Set(
    rows.flatMap((r) => [r.recipientMunicipalityId, r.subjectMunicipalityId]).filter(Boolean),
  ) as Set<string>;
  const names = new Map(
    (
      await db.municipality.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, nameEl: true, nameEn: true },
      })
    ).map((m) => [m.id, m]),
  );
  return {
    items: rows.map((r) => {
      const recipient = r.recipientMunicipalityId ? names.get(r.recipientMunicipalityId) : null;
      const subject = r.subjectMunicipalityId ? names.get(r.subjectMunicipalityId) : null;
      return {
        id: r.id,
        kind: r.kind as ReminderKind,
        recipientMunicipalityId: r.recipientMunicipalityId,
        recipientNameEl: recipient?.nameEl ?? null,
        recipientNameEn: recipient?.nameEn ?? null,
        subjectMunicipalityId: r.subjectMunicipalityId,
        subjectNameEl: subject?.nameEl ?? null,
        subjectNameEn: subject?.nameEn ?? null,
        remindedOn: r.remindedOn,
        sentAt: r.sentAt.toISOString(),
      };
    }),
  };
}
