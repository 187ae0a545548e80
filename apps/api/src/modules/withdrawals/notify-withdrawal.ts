import type { Withdrawal } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import { withdrawalDatesText, withdrawalDeadline } from "@cni/domain/withdrawal";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, unprocessable } from "../../lib/errors.ts";
import { assertParty } from "../../lib/parties.ts";
import { notifyParties } from "../notices/send.ts";
import { endDesignationsOnWithdrawal } from "./designations-end.ts";
import { findVisibleWithdrawalOr404, toWithdrawal } from "./withdrawal-row.ts";
import { assertCanActOnWithdrawal } from "./withdrawal-rules.ts";

const field = (path: string, message: string, code: string) => [{ path, message, code }];

/**
 * POST /api/withdrawals/:id/notify — the written declaration is notified to the other
 * parties on `notifiedOn` (default today; a coordinator may record an earlier notification
 * made on paper, never before the council decision). From then the municipality is
 * withdrawing: a party through N + 15, former from N + 16. In one transaction: the status,
 * the end of its current designations (on the last day as a party), one notice per other
 * party, the audit entry.
 */
export async function notifyWithdrawal(
  db: Db,
  {
    actor,
    id,
    notifiedOn: requested,
    today = athensToday(),
  }: { actor: SessionUser; id: string; notifiedOn?: IsoDate; today?: IsoDate },
): Promise<Withdrawal> {
  const row = await findVisibleWithdrawalOr404(db, actor, id);
  assertCanActOnWithdrawal(actor, row.municipalityId);
  if (row.status !== "draft") {
    throw conflict("WITHDRAWAL_NOT_DRAFT", `This withdrawal was already notified (${row.status})`);
  }
  if (!row.documents.some((d) => d.kind === "withdrawal_declaration")) {
    throw unprocessable(
      "DOCUMENT_REQUIRED",
      "Attach the signed written declaration (PDF) before notifying it",
      field("documents", "The signed declaration is required", "DOCUMENT_REQUIRED"),
    );
  }
  const notifiedOn = requested ?? today;
  if (notifiedOn > today) {
    throw unprocessable(
      "NOTIFIED_IN_FUTURE",
      "The notification date cannot be in the future",
      field("notifiedOn", "Not in the future", "NOTIFIED_IN_FUTURE"),
    );
  }
  if (notifiedOn < row.decisionDate) {
    throw unprocessable(
      "NOTIFIED_BEFORE_DECISION",
      `The notification cannot precede the council decision of ${row.decisionDate}`,
      field("notifiedOn", "Not before the decision date", "NOTIFIED_BEFORE_DECISION"),
    );
  }
  if (notifiedOn < today && actor.role !== "coordinator") {
    throw unprocessable(
      "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
      "Only a coordinator may record a notification made on an earlier day",
      field(
        "notifiedOn",
        "Only a coordinator records an earlier day",
        "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
      ),
    );
  }
  const deadline = withdrawalDeadline(notifiedOn);

  await db.$transaction(async (tx) => {
    // The conditional update comes first: it takes the write lock, and of two concurrent
    // notifications only one finds the draft.
    const updated = await tx.withdrawal.updateMany({
      where: { id, status: "draft" },
      data: {
        status: deadline.effectiveOn <= today ? "effective" : "pending",
        notifiedOn,
        lastDayAsParty: deadline.lastDayAsParty,
        effectiveOn: deadline.effectiveOn,
      },
    });
    if (updated.count !== 1) {
      throw conflict("WITHDRAWAL_NOT_DRAFT", "This withdrawal was already notified");
    }
    await assertNoOtherRunning(tx, row.municipalityId, id, notifiedOn, deadline.effectiveOn);
    await assertParty(tx, row.municipalityId, notifiedOn, "withdraw");

    const designationsEnded = await endDesignationsOnWithdrawal(tx, {
      municipalityId: row.municipalityId,
      effectiveOn: deadline.effectiveOn,
    });
    const recipients = await notifyParties(tx, {
      kind: "withdrawal",
      event: "filed",
      subjectMunicipalityId: row.municipalityId,
      partiesOn: notifiedOn,
      withdrawalId: id,
      detail: { el: withdrawalDatesText("el", deadline), en: withdrawalDatesText("en", deadline) },
    });
    await recordAudit(tx, {
      actor,
      action: "withdrawal.notify",
      entityType: "withdrawal",
      entityId: id,
      summary: `Withdrawal of ${row.municipalityId} notified ${notifiedOn}: ${withdrawalDatesText("en", deadline)}; ${recipients.length} notices`,
      before: { status: "draft" },
      after: { status: "notified", notifiedOn, ...deadline, recipients, designationsEnded },
    });
  });
  return toWithdrawal(await findVisibleWithdrawalOr404(db, actor, id), today);
}

/** One withdrawal at a time: no other notified, unrevoked one may run over the same days. */
async function assertNoOtherRunning(
  tx: Tx,
  municipalityId: string,
  id: string,
  from: IsoDate,
  until: IsoDate,
) {
  const others = await tx.withdrawal.findMany({
    where: { municipalityId, id: { not: id }, notifiedOn: { not: null } },
    select: { notifiedOn: true, effectiveOn: true, rescindedOn: true },
  });
  const running = others.find((w) => {
    const end =
      w.rescindedOn && w.rescindedOn < (w.effectiveOn ?? "") ? w.rescindedOn : w.effectiveOn;
    return w.notifiedOn !== null && end !== null && w.notifiedOn < until && from < end;
  });
  if (running) {
    throw conflict(
      "WITHDRAWAL_PENDING",
      `Another withdrawal of this municipality (notified on ${running.notifiedOn}) runs over the same days`,
    );
  }
}
