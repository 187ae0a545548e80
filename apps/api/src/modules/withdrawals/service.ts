// Withdrawal declarations. A withdrawal is effective 15 calendar days after it is notified
// to the other parties (withdrawalEffectiveOn); its status, and the municipality's, are
// derived from the dates as of a day — nothing is ever switched by a scheduled job.
import type { Withdrawal, WithdrawalCreate } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { WithdrawalStatus } from "@cni/domain/enums";
import { isMemberOn } from "@cni/domain/membership";
import {
  canRescindWithdrawal,
  daysUntilEffective,
  withdrawalEffectiveOn,
  withdrawalStatusOn,
} from "@cni/domain/withdrawal";
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertCanActFor, canActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound, unprocessable } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";
import { notifyParties } from "../notices/send.ts";

const INCLUDE = {
  municipality: { select: { nameEl: true, nameEn: true } },
  documents: {
    select: { id: true, kind: true, filename: true, size: true, sha256: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  notices: { select: { event: true, acknowledgedAt: true } },
} satisfies Prisma.WithdrawalInclude;

type WithdrawalRow = Prisma.WithdrawalGetPayload<{ include: typeof INCLUDE }>;

function toWithdrawal(row: WithdrawalRow, on: IsoDate): Withdrawal {
  const status = withdrawalStatusOn(row, on);
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipality: row.municipality,
    status,
    declaredOn: row.declaredOn,
    notifiedOn: row.notifiedOn,
    effectiveOn: row.effectiveOn,
    rescindedOn: row.rescindedOn,
    reason: row.reason,
    daysUntilEffective: status === "pending" ? daysUntilEffective(row, on) : 0,
    createdAt: row.createdAt.toISOString(),
    documents: row.documents.map((d) => ({
      ...d,
      kind: d.kind as Withdrawal["documents"][number]["kind"],
      createdAt: d.createdAt.toISOString(),
    })),
    notices: {
      filed: row.notices.filter((n) => n.event === "filed").length,
      rescinded: row.notices.filter((n) => n.event === "rescinded").length,
      acknowledged: row.notices.filter((n) => n.acknowledgedAt !== null).length,
    },
  };
}

/** The end of the window in which a withdrawal holds the municipality "withdrawing". */
function windowEnd(w: { effectiveOn: IsoDate; rescindedOn: IsoDate | null }): IsoDate {
  return w.rescindedOn !== null && w.rescindedOn < w.effectiveOn ? w.rescindedOn : w.effectiveOn;
}

/**
 * Files a withdrawal: checks the dates and the membership, stores it, sends one notice to
 * every other party on the notification date, and audits — all in one transaction.
 */
export async function fileWithdrawal(
  db: Db,
  user: SessionUser,
  input: WithdrawalCreate,
  today: IsoDate = athensToday(),
): Promise<Withdrawal> {
  const municipality = await db.municipality.findUnique({
    where: { id: input.municipalityId },
    select: { id: true, nameEl: true },
  });
  // An officer of another municipality learns nothing about the id it sent.
  if (!municipality) throw notFound("Municipality");
  assertCanActFor(user, municipality.id);

  const notifiedOn = input.notifiedOn ?? today;
  const field = (path: string, message: string, code: string) => [{ path, message, code }];
  if (input.declaredOn > today) {
    throw unprocessable(
      "DECLARED_IN_FUTURE",
      "The declaration date cannot be in the future",
      field("declaredOn", "The declaration date cannot be in the future", "DECLARED_IN_FUTURE"),
    );
  }
  if (notifiedOn > today) {
    throw unprocessable(
      "NOTIFIED_IN_FUTURE",
      "The notification date cannot be in the future",
      field("notifiedOn", "The notification date cannot be in the future", "NOTIFIED_IN_FUTURE"),
    );
  }
  if (notifiedOn < today && user.role !== "coordinator") {
    throw unprocessable(
      "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
      "Only a coordinator may record a notification made on an earlier day",
      field(
        "notifiedOn",
        "Only a coordinator may record an earlier notification date",
        "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
      ),
    );
  }
  if (notifiedOn < input.declaredOn) {
    throw unprocessable(
      "NOTIFIED_BEFORE_DECLARED",
      "The notification cannot precede the declaration",
      field(
        "notifiedOn",
        "The notification date cannot be before the declaration date",
        "NOTIFIED_BEFORE_DECLARED",
      ),
    );
  }
  const effectiveOn = withdrawalEffectiveOn(notifiedOn);

  const created = await db.$transaction(async (tx) => {
    // Checked inside the transaction so two concurrent filings cannot both pass.
    const existing = await tx.withdrawal.findMany({
      where: { municipalityId: municipality.id },
      select: { id: true, notifiedOn: true, effectiveOn: true, rescindedOn: true },
    });
    const pending = existing.find((w) => withdrawalStatusOn(w, today) === "pending");
    if (pending) {
      throw conflict(
        "WITHDRAWAL_PENDING",
        `The municipality already has a pending withdrawal (effective on ${pending.effectiveOn})`,
      );
    }
    // One withdrawal at a time, recorded in order: a new one cannot be notified before an
    // earlier one stopped running (took effect or was rescinded).
    const overlapping = existing.find((w) => notifiedOn < windowEnd(w));
    if (overlapping) {
      throw conflict(
        "WITHDRAWAL_OVERLAPS",
        `Another withdrawal of this municipality (notified on ${overlapping.notifiedOn}) was still running on ${notifiedOn}`,
      );
    }
    const facts = (await loadMembershipFacts(tx, [municipality.id])).get(municipality.id);
    if (!isMemberOn(facts ?? EMPTY_FACTS, notifiedOn)) {
      throw conflict(
        "NOT_A_MEMBER",
        `${municipality.nameEl} is not a member of the network on ${notifiedOn}`,
      );
    }

    const row = await tx.withdrawal.create({
      data: {
        municipalityId: municipality.id,
        declaredOn: input.declaredOn,
        notifiedOn,
        effectiveOn,
        reason: input.reason ? input.reason : null,
        createdById: user.id,
      },
    });
    const recipients = await notifyParties(tx, {
      kind: "withdrawal",
      event: "filed",
      subjectMunicipalityId: municipality.id,
      partiesOn: notifiedOn,
      withdrawalId: row.id,
    });
    await recordAudit(tx, {
      actor: user,
      action: "withdrawal.file",
      entityType: "withdrawal",
      entityId: row.id,
      summary: `Withdrawal of ${municipality.id} notified ${notifiedOn}, effective ${effectiveOn}; ${recipients.length} notices`,
      after: {
        municipalityId: municipality.id,
        declaredOn: row.declaredOn,
        notifiedOn,
        effectiveOn,
        recipients,
      },
    });
    return row;
  });
  return getWithdrawal(db, user, created.id, today);
}

async function findScoped(db: Db, user: SessionUser, id: string): Promise<WithdrawalRow> {
  const row = await db.withdrawal.findUnique({ where: { id }, include: INCLUDE });
  // Another municipality's withdrawal is not revealed to its officers or representatives.
  if (!row || !canActFor(user, row.municipalityId)) throw notFound("Withdrawal");
  return row;
}

export async function getWithdrawal(
  db: Db,
  user: SessionUser,
  id: string,
  on: IsoDate = athensToday(),
): Promise<Withdrawal> {
  return toWithdrawal(await findScoped(db, user, id), on);
}

export type WithdrawalListFilter = {
  status?: WithdrawalStatus[];
  municipalityId?: string;
  asOf?: IsoDate;
};

/** Coordinators see every withdrawal; officers and representatives their municipality's. */
export async function listWithdrawals(db: Db, user: SessionUser, filter: WithdrawalListFilter) {
  const on = filter.asOf ?? athensToday();
  if (user.role !== "coordinator" && !user.municipalityId) return { items: [], total: 0 };
  const scope = user.role === "coordinator" ? undefined : (user.municipalityId ?? undefined);
  if (scope && filter.municipalityId && filter.municipalityId !== scope) {
    return { items: [], total: 0 };
  }
  const rows = await db.withdrawal.findMany({
    where: {
      municipalityId: scope ?? filter.municipalityId,
      // As of a past day, a withdrawal notified later did not exist yet.
      notifiedOn: { lte: on },
    },
    include: INCLUDE,
    orderBy: [{ notifiedOn: "desc" }, { createdAt: "desc" }],
  });
  const items = rows
    .map((row) => toWithdrawal(row, on))
    .filter((w) => !filter.status?.length || filter.status.includes(w.status));
  return { items, total: items.length };
}

/**
 * Rescinds a pending withdrawal (before its effective date): the municipality is a member
 * again from today, and every other party receives a notice.
 */
export async function rescindWithdrawal(
  db: Db,
  user: SessionUser,
  id: string,
  today: IsoDate = athensToday(),
): Promise<Withdrawal> {
  await db.$transaction(async (tx) => {
    const row = await tx.withdrawal.findUnique({ where: { id } });
    if (!row || !canActFor(user, row.municipalityId)) throw notFound("Withdrawal");
    if (!canRescindWithdrawal(row, today)) {
      const status = withdrawalStatusOn(row, today);
      if (status === "rescinded" || row.rescindedOn !== null) {
        throw conflict("WITHDRAWAL_ALREADY_RESCINDED", "This withdrawal was already rescinded");
      }
      throw conflict(
        "WITHDRAWAL_ALREADY_EFFECTIVE",
        `This withdrawal took effect on ${row.effectiveOn} and can no longer be rescinded`,
      );
    }
    // Guard against a concurrent rescission: only the row still open is updated.
    const updated = await tx.withdrawal.updateMany({
      where: { id, rescindedOn: null },
      data: { rescindedOn: today, rescindedAt: new Date() },
    });
    if (updated.count !== 1) {
      throw conflict("WITHDRAWAL_ALREADY_RESCINDED", "This withdrawal was already rescinded");
    }
    const recipients = await notifyParties(tx, {
      kind: "withdrawal",
      event: "rescinded",
      subjectMunicipalityId: row.municipalityId,
      partiesOn: today,
      withdrawalId: row.id,
    });
    await recordAudit(tx, {
      actor: user,
      action: "withdrawal.rescind",
      entityType: "withdrawal",
      entityId: row.id,
      summary: `Withdrawal of ${row.municipalityId} rescinded on ${today}; ${recipients.length} notices`,
      before: { rescindedOn: null, effectiveOn: row.effectiveOn },
      after: { rescindedOn: today, recipients },
    });
  });
  return getWithdrawal(db, user, id, today);
}

/** Attaching a document: that municipality's officer or a coordinator (404 for others). */
export async function assertCanAttachDocument(db: Db | Tx, user: SessionUser, id: string) {
  const row = await db.withdrawal.findUnique({ where: { id }, select: { municipalityId: true } });
  if (!row || !canActFor(user, row.municipalityId)) throw notFound("Withdrawal");
}
