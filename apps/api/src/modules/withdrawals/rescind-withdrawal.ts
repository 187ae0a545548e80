import type { WithdrawalRescindFields } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import { canRescindWithdrawalOn, withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, notFound, unprocessable } from "../../lib/errors.ts";
import { notifyParties } from "../notices/send.ts";
import { reopenDesignationsOnRescission } from "./designations-end.ts";
import { assertCanActOnWithdrawal, assertDecisionValid } from "./withdrawal-rules.ts";

export type RescindInput = {
  actor: SessionUser;
  id: string;
  decision: WithdrawalRescindFields;
  today?: IsoDate;
};

/**
 * POST /api/withdrawals/:id/rescind — the municipality revokes its notified declaration by a
 * new council decision, through its last day as a party (409 after). The portal records the
 * act and notifies it to the parties; the municipality stays a member. Runs in the caller's
 * transaction when given one (the route runs it inside the document store's transaction, so
 * the revoking decision's PDF is written with it), else in its own.
 */
export async function rescindWithdrawal(db: Db | Tx, input: RescindInput): Promise<void> {
  if ("$transaction" in db) {
    await db.$transaction((tx) => rescind(tx, input));
    return;
  }
  await rescind(db, input);
}

async function rescind(tx: Tx, { actor, id, decision, today = athensToday() }: RescindInput) {
  const row = await tx.withdrawal.findUnique({ where: { id } });
  if (!row) throw notFound("Withdrawal");
  assertCanActOnWithdrawal(actor, row.municipalityId);
  if (row.notifiedOn === null) {
    throw conflict("WITHDRAWAL_NOT_NOTIFIED", "A draft is not revoked: it was never notified");
  }
  if (!canRescindWithdrawalOn(row, today)) {
    throw withdrawalStatusOn(row, today) === "rescinded" || row.rescindedOn !== null
      ? conflict("WITHDRAWAL_ALREADY_RESCINDED", "This withdrawal was already revoked")
      : conflict(
          "WITHDRAWAL_ALREADY_EFFECTIVE",
          `The last day as a party was ${row.lastDayAsParty}: the withdrawal took effect on ${row.effectiveOn} and can no longer be revoked`,
        );
  }
  const { diavgeiaAda } = assertDecisionValid(
    {
      number: decision.decisionNumber,
      date: decision.decisionDate,
      diavgeiaAda: decision.diavgeiaAda,
    },
    today,
    "decision",
  );
  if (decision.decisionDate < row.decisionDate) {
    throw unprocessable(
      "RESCISSION_BEFORE_DECISION",
      "The revoking decision cannot precede the decision to withdraw",
      [
        {
          path: "decisionDate",
          message: `Not before ${row.decisionDate}`,
          code: "RESCISSION_BEFORE_DECISION",
        },
      ],
    );
  }

  // Conditional: of two concurrent revocations only one finds the row unrevoked.
  const updated = await tx.withdrawal.updateMany({
    where: { id, rescindedOn: null },
    data: {
      status: "rescinded",
      rescindedOn: today,
      rescindedAt: new Date(),
      rescindDecisionNumber: decision.decisionNumber.trim(),
      rescindDecisionDate: decision.decisionDate,
      rescindDiavgeiaAda: diavgeiaAda,
    },
  });
  if (updated.count !== 1) {
    throw conflict("WITHDRAWAL_ALREADY_RESCINDED", "This withdrawal was already revoked");
  }
  const designationsReopened = await reopenDesignationsOnRescission(tx, {
    municipalityId: row.municipalityId,
    effectiveOn: row.effectiveOn as IsoDate,
  });
  const recipients = await notifyParties(tx, {
    kind: "withdrawal",
    event: "rescinded",
    subjectMunicipalityId: row.municipalityId,
    partiesOn: today,
    withdrawalId: id,
  });
  await recordAudit(tx, {
    actor,
    action: "withdrawal.rescind",
    entityType: "withdrawal",
    entityId: id,
    summary: `Withdrawal of ${row.municipalityId} revoked on ${today} by decision ${decision.decisionNumber} of ${decision.decisionDate}; ${recipients.length} notices`,
    before: { status: row.status, rescindedOn: null },
    after: {
      status: "rescinded",
      rescindedOn: today,
      decisionNumber: decision.decisionNumber,
      decisionDate: decision.decisionDate,
      diavgeiaAda,
      recipients,
      designationsReopened,
    },
  });
}
