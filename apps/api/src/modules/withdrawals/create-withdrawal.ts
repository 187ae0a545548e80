import type { Withdrawal, WithdrawalCreate } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { assertCanActFor, type SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { notFound } from "../../lib/errors.ts";
import { assertParty } from "../../lib/parties.ts";
import { findVisibleWithdrawalOr404, toWithdrawal } from "./withdrawal-row.ts";
import { assertCanActOnWithdrawal, assertDecisionValid } from "./withdrawal-rules.ts";

/**
 * POST /api/withdrawals — files a draft written declaration with its council decision.
 * Nothing is notified yet: the signed declaration is attached next, then notified.
 */
export async function createWithdrawal(
  db: Db,
  {
    actor,
    input,
    today = athensToday(),
  }: { actor: SessionUser; input: WithdrawalCreate; today?: IsoDate },
): Promise<Withdrawal> {
  const municipality = await db.municipality.findUnique({
    where: { id: input.municipalityId },
    select: { id: true },
  });
  if (!municipality) throw notFound("Municipality");
  // The client named the municipality: another one's is refused outright (403).
  assertCanActFor(actor, municipality.id);
  assertCanActOnWithdrawal(actor, municipality.id);
  const { diavgeiaAda } = assertDecisionValid(input.councilDecision, today);
  await assertParty(db, municipality.id, today, "withdraw");

  const id = await db.$transaction(async (tx) => {
    const row = await tx.withdrawal.create({
      data: {
        municipalityId: municipality.id,
        status: "draft",
        decisionNumber: input.councilDecision.number.trim(),
        decisionDate: input.councilDecision.date,
        diavgeiaAda,
        reason: input.reason ? input.reason : null,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "withdrawal.create",
      entityType: "withdrawal",
      entityId: row.id,
      summary: `Draft withdrawal of ${municipality.id} (decision ${row.decisionNumber} of ${row.decisionDate})`,
      after: {
        municipalityId: municipality.id,
        status: "draft",
        decisionNumber: row.decisionNumber,
        decisionDate: row.decisionDate,
        diavgeiaAda,
      },
    });
    return row.id;
  });
  return toWithdrawal(await findVisibleWithdrawalOr404(db, actor, id), today);
}
