// What is due on an Athens day, read from the stored facts and judged by the rules in
// @cni/domain/reminders. Reminders already sent (by subject key) are left out here, and the
// unique key on SentReminder refuses them again at delivery (two runs at once).
import { addCalendarDays, athensDateOf, athensDayStart, type IsoDate } from "@cni/domain/dates";
import type { NoticeKind } from "@cni/domain/enums";
import {
  isDeclarationWaitingDue,
  isUnacknowledgedNoticeDue,
  type ReminderKind,
  reminderSubjectKey,
  reviewCyclesNotYetDue,
  reviewReminderDue,
  UNACKNOWLEDGED_NOTICE_DAYS,
} from "@cni/domain/reminders";
import type { Db } from "../../db/client.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import type { NoticeEvent } from "../notices/send.ts";
import { liveCounts } from "../reviews/review-cycle.ts";

export type DueReminder = {
  kind: ReminderKind;
  subjectKey: string;
  /** null: the coordinators. */
  recipientMunicipalityId: string | null;
  subjectMunicipalityId: string | null;
  /** The in-app notice that carries the reminder. */
  notice: {
    kind: NoticeKind;
    event: NoticeEvent;
    subjectUserId?: string | null;
    accessionId?: string | null;
    withdrawalId?: string | null;
    amendmentId?: string | null;
    reviewDueOn?: string | null;
  };
};

/** Notices that are reminders themselves are never reminded again. */
const REMINDER_EVENTS: NoticeEvent[] = ["reminder", "unacknowledged", "waiting"];

async function unacknowledgedNotices(db: Db, today: IsoDate): Promise<DueReminder[]> {
  // sent before the start of (today − 6): on an Athens day at least 7 days before today
  const sentBefore = athensDayStart(addCalendarDays(today, -(UNACKNOWLEDGED_NOTICE_DAYS - 1)));
  const rows = await db.notice.findMany({
    where: {
      acknowledgedAt: null,
      sentAt: { lt: sentBefore },
      event: { notIn: REMINDER_EVENTS },
      // a declaration to check: declaration_waiting reminds it while it waits, and stops
      // when a coordinator acts on it (even if nobody acknowledged this notice)
      NOT: { kind: "accession", event: "submitted" },
    },
    orderBy: { sentAt: "asc" },
  });
  return rows
    .filter((n) => isUnacknowledgedNoticeDue(athensDateOf(n.sentAt), today))
    .map((n) => ({
      kind: "unacknowledged_notice",
      subjectKey: reminderSubjectKey("unacknowledged_notice", { noticeId: n.id }),
      recipientMunicipalityId: n.recipientMunicipalityId,
      subjectMunicipalityId: n.subjectMunicipalityId,
      notice: {
        kind: n.kind as NoticeKind,
        event: "unacknowledged",
        subjectUserId: n.subjectUserId,
        accessionId: n.accessionId,
        withdrawalId: n.withdrawalId,
        amendmentId: n.amendmentId,
        reviewDueOn: n.reviewDueOn,
      },
    }));
}

async function reviewReminders(
  db: Db,
  today: IsoDate,
  openDaysBefore: number,
): Promise<DueReminder[]> {
  const cycles = reviewCyclesNotYetDue(today);
  if (cycles.length === 0) return [];
  const facts = await loadMembershipFacts(db);
  const due: DueReminder[] = [];
  for (const cycle of cycles) {
    const row = await db.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    const kind = reviewReminderDue(cycle, today, {
      openDaysBefore,
      openedOn: row?.openedAt ? athensDateOf(row.openedAt) : null,
      closedOn: row?.closedAt ? athensDateOf(row.closedAt) : null,
    });
    if (!kind) continue;
    const live = await liveCounts(db, cycle, facts, today);
    for (const municipalityId of live.participants) {
      if (live.submittedIds.has(municipalityId)) continue;
      due.push({
        kind,
        subjectKey: reminderSubjectKey(kind, { dueOn: cycle.dueOn, municipalityId }),
        recipientMunicipalityId: municipalityId,
        subjectMunicipalityId: null,
        notice: { kind: "review", event: "reminder", reviewDueOn: cycle.dueOn },
      });
    }
  }
  return due;
}

async function waitingDeclarations(db: Db, today: IsoDate): Promise<DueReminder[]> {
  // Serres' seeded declaration has no submission date (the source gives none): never due.
  const rows = await db.accession.findMany({
    where: { status: "submitted", submittedAt: { not: null } },
    select: { id: true, municipalityId: true, submittedAt: true },
  });
  return rows.flatMap((a) => {
    if (!a.submittedAt || !isDeclarationWaitingDue(athensDateOf(a.submittedAt), today)) return [];
    return [
      {
        kind: "declaration_waiting" as const,
        subjectKey: reminderSubjectKey("declaration_waiting", {
          accessionId: a.id,
          submittedAt: a.submittedAt,
        }),
        recipientMunicipalityId: null,
        subjectMunicipalityId: a.municipalityId,
        notice: { kind: "accession" as const, event: "waiting" as const, accessionId: a.id },
      },
    ];
  });
}

/** The reminders of the enabled kinds due on `today` that were not sent before. */
export async function findDueReminders(
  db: Db,
  {
    today,
    openDaysBefore,
    kinds,
  }: { today: IsoDate; openDaysBefore: number; kinds: Set<ReminderKind> },
): Promise<DueReminder[]> {
  const found = [
    ...(kinds.has("unacknowledged_notice") ? await unacknowledgedNotices(db, today) : []),
    ...(kinds.has("review_opening") || kinds.has("review_last_weeks")
      ? (await reviewReminders(db, today, openDaysBefore)).filter((r) => kinds.has(r.kind))
      : []),
    ...(kinds.has("declaration_waiting") ? await waitingDeclarations(db, today) : []),
  ];
  if (found.length === 0) return [];
  const sent = new Set(
    (
      await db.sentReminder.findMany({
        where: { subjectKey: { in: found.map((r) => r.subjectKey) } },
        select: { subjectKey: true },
      })
    ).map((r) => r.subjectKey),
  );
  return found.filter((r) => !sent.has(r.subjectKey));
}
