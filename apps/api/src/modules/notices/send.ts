import type { NoticeKind } from "@cni/domain/enums";
import type { Tx } from "../../db/client.ts";
import { newCuid } from "../../db/cuid.ts";
import { insertRows } from "../../db/raw-rows.ts";
import { type Sql, sqlDateTime, sqlOf } from "../../db/sql.ts";
import { loadPartiesOn } from "../../lib/parties.ts";
import { emailPortalUrl, enqueueEmail, isEmailOutboxEnabled } from "../email/outbox.ts";
import { noticeEmail } from "./email-text.ts";

export type NoticeEvent =
  | "notified"
  | "filed"
  | "rescinded"
  | "proposed"
  | "circulated"
  | "decided"
  | "opened"
  | "reminder"
  | "submitted"
  | "returned"
  | "joined"
  | "verified"
  | "designated"
  | "unacknowledged"
  | "waiting";

/** The events of notices to one municipality about its own affairs (decision 090). */
export const OWN_AFFAIRS_EVENTS: ReadonlySet<string> = new Set<NoticeEvent>([
  "returned",
  "joined",
  "verified",
  "designated",
]);

export type NoticeInput = {
  kind: NoticeKind;
  event: NoticeEvent;
  /** The municipality the notice is about (the acceding or withdrawing party), if any. */
  subjectMunicipalityId: string | null;
  /** Recipients are the parties on this date, except the subject. */
  partiesOn: string;
  /** Or an explicit list of recipient municipalities (e.g. review participants). */
  recipients?: string[];
  accessionId?: string;
  withdrawalId?: string;
  amendmentId?: string;
  reviewDueOn?: string;
  /** A sentence per language the e-mail adds after its first line (e.g. a withdrawal's dates). */
  detail?: { el: string; en: string };
  /** The instant of the act the notices announce (default: now). */
  sentAt?: Date;
};

/**
 * Sends one notice to each party (every member as of `partiesOn`, other than the subject),
 * inside the caller's transaction. Returns the recipient ids.
 *
 * When SMTP_URL is set, the notice is also e-mailed to the active officers and
 * representatives of each recipient municipality: the e-mails are queued in the outbox in
 * the same transaction (see modules/email), so they go out only if the change commits.
 */
export async function notifyParties(
  tx: Tx,
  input: NoticeInput,
  sql: Sql = sqlOf(tx),
): Promise<string[]> {
  const candidates = input.recipients ?? (await loadPartiesOn(sql, input.partiesOn));
  const recipients = candidates.filter((id) => id !== input.subjectMunicipalityId);
  await insertNotices(sql, input, recipients, input.sentAt ?? new Date());
  if (isEmailOutboxEnabled() && recipients.length > 0) {
    await emailNotice(tx, input, recipients);
  }
  return recipients;
}

/**
 * The notices to `recipients` as ONE statement: the recipients (with an id each) travel as
 * one JSON parameter and SQLite expands them (`json_each`). Through `createMany` the same
 * 220 rows cost ≈ 30 ms of Prisma's query building and parameter mapping, the statement
 * itself ≈ 2 ms (profiled for issue 16). The row is exactly what Prisma writes: a cuid id
 * and `sentAt` as the libSQL adapter stores a DateTime ('2026-11-30T07:07:37.434+00:00'),
 * so the notices read back through Prisma as before (send.test.ts).
 */
async function insertNotices(
  sql: Sql,
  input: NoticeInput,
  recipients: string[],
  sentAt: Date,
): Promise<void> {
  if (recipients.length === 0) return;
  const rows = JSON.stringify(recipients.map((recipient) => [newCuid(), recipient]));
  await sql.run(
    `INSERT INTO "Notice" ("id", "kind", "event", "subjectMunicipalityId",
       "recipientMunicipalityId", "accessionId", "withdrawalId", "amendmentId", "reviewDueOn",
       "sentAt")
     SELECT json_extract("value", '$[0]'), ?, ?, ?, json_extract("value", '$[1]'), ?, ?, ?, ?, ?
     FROM json_each(?)`,
    input.kind,
    input.event,
    input.subjectMunicipalityId,
    input.accessionId ?? null,
    input.withdrawalId ?? null,
    input.amendmentId ?? null,
    input.reviewDueOn ?? null,
    sqlDateTime(sentAt),
    rows,
  );
}

/**
 * One notice to the coordinators (the secretariat: no recipient municipality), inside the
 * caller's transaction: e.g. an officer's registration waiting for verification. Any
 * coordinator acknowledges it for all. The caller e-mails them if it wants to.
 */
export async function notifyCoordinators(
  tx: Tx,
  input: {
    kind: NoticeKind;
    event: NoticeEvent;
    subjectMunicipalityId: string;
    subjectUserId?: string;
    accessionId?: string;
  },
): Promise<void> {
  await insertNotice(sqlOf(tx), { ...input, recipientMunicipalityId: null });
}

/**
 * One notice as one raw INSERT (decision 131), the row Prisma's `notice.create` would write:
 * a cuid, `sentAt` now, every column not given null (send.test.ts reads it back).
 */
async function insertNotice(
  sql: Sql,
  notice: {
    kind: NoticeKind;
    event: NoticeEvent;
    recipientMunicipalityId: string | null;
    subjectMunicipalityId?: string;
    subjectUserId?: string;
    accessionId?: string;
    sentAt?: Date;
  },
): Promise<void> {
  await insertRows(sql, "Notice", [
    {
      id: newCuid(),
      kind: notice.kind,
      event: notice.event,
      subjectMunicipalityId: notice.subjectMunicipalityId ?? null,
      recipientMunicipalityId: notice.recipientMunicipalityId,
      subjectUserId: notice.subjectUserId ?? null,
      accessionId: notice.accessionId ?? null,
      sentAt: notice.sentAt ?? new Date(),
    },
  ]);
}

/**
 * One notice to ONE municipality about its own affairs (decision 090): its declaration
 * returned for corrections, its accession in effect, its officer verified, a representative
 * designated. Inside the caller's transaction. With `email` (and SMTP configured), the
 * message is queued in the outbox in the same transaction, to the municipality's active
 * accounts of the given roles (a refused registration excluded) and any extra addresses.
 */
export async function notifyMunicipality(
  tx: Tx,
  input: {
    kind: NoticeKind;
    event: NoticeEvent;
    recipientMunicipalityId: string;
    subjectUserId?: string;
    accessionId?: string;
    /** The instant of the act (default: now). */
    sentAt?: Date;
    email?: {
      message: { subject: string; text: string };
      roles: ("officer" | "representative")[];
      alsoTo?: string[];
    };
  },
  sql: Sql = sqlOf(tx),
): Promise<void> {
  const { email, ...notice } = input;
  // no subject municipality: the notice is about the recipient itself, so the parties'
  // notices about a municipality (its accession, its withdrawal) stay exactly those
  await insertNotice(sql, notice);
  if (!email || !isEmailOutboxEnabled()) return;
  const users = email.roles.length
    ? await tx.user.findMany({
        where: {
          active: true,
          role: { in: email.roles },
          verification: { not: "refused" },
          municipalityId: input.recipientMunicipalityId,
        },
        select: { email: true },
      })
    : [];
  const to = [...users.map((u) => u.email), ...(email.alsoTo ?? [])];
  if (to.length > 0) await enqueueEmail(tx, { to, ...email.message });
}

/** The Greek and English names of a municipality, for a notice's e-mail. */
export function municipalityNames(tx: Tx, id: string) {
  return tx.municipality.findUniqueOrThrow({
    where: { id },
    select: { nameEl: true, nameEn: true },
  });
}

async function emailNotice(tx: Tx, input: NoticeInput, recipients: string[]): Promise<void> {
  const [users, subject] = await Promise.all([
    tx.user.findMany({
      where: {
        active: true,
        role: { in: ["officer", "representative"] },
        municipalityId: { in: recipients },
      },
      select: { email: true },
    }),
    input.subjectMunicipalityId
      ? tx.municipality.findUnique({
          where: { id: input.subjectMunicipalityId },
          select: { nameEl: true, nameEn: true },
        })
      : Promise.resolve(null),
  ]);
  if (users.length === 0) return;
  const message = noticeEmail(input.kind, input.event, subject, emailPortalUrl(), input.detail, {
    amendmentId: input.amendmentId,
    reviewDueOn: input.reviewDueOn,
  });
  await enqueueEmail(tx, { to: users.map((u) => u.email), ...message });
}
