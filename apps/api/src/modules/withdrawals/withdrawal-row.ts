// How a withdrawal row is read and shown: the columns to load, and the API shape with its
// status as of a day (derived from the dates by @cni/domain/withdrawal, no cron).
import type { Withdrawal } from "@cni/contracts/withdrawals";
import type { IsoDate } from "@cni/domain/dates";
import { daysUntilEffective, withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db, Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { canActFor, type SessionUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";

export const WITHDRAWAL_INCLUDE = {
  municipality: { select: { nameEl: true, nameEn: true } },
  documents: {
    select: { id: true, kind: true, filename: true, size: true, sha256: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
  notices: { select: { event: true, acknowledgedAt: true } },
} satisfies Prisma.WithdrawalInclude;

export type WithdrawalRow = Prisma.WithdrawalGetPayload<{ include: typeof WITHDRAWAL_INCLUDE }>;

export function toWithdrawal(row: WithdrawalRow, on: IsoDate): Withdrawal {
  const status = withdrawalStatusOn(row, on);
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipality: row.municipality,
    status,
    councilDecision: {
      number: row.decisionNumber,
      date: row.decisionDate,
      diavgeiaAda: row.diavgeiaAda,
    },
    notifiedOn: row.notifiedOn,
    lastDayAsParty: row.lastDayAsParty,
    effectiveOn: row.effectiveOn,
    reason: row.reason,
    rescission: row.rescindedOn
      ? {
          on: row.rescindedOn,
          decisionNumber: row.rescindDecisionNumber,
          decisionDate: row.rescindDecisionDate,
          diavgeiaAda: row.rescindDiavgeiaAda,
        }
      : null,
    daysUntilEffective:
      status === "pending" && row.notifiedOn ? daysUntilEffective(row.notifiedOn, on) : 0,
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

/**
 * A withdrawal the actor may see (a coordinator, or that municipality's users), else 404:
 * another municipality's withdrawal is not revealed by its id.
 */
export async function findVisibleWithdrawalOr404(
  db: Db | Tx,
  actor: SessionUser,
  id: string,
): Promise<WithdrawalRow> {
  const row = await db.withdrawal.findUnique({ where: { id }, include: WITHDRAWAL_INCLUDE });
  if (!row || !canActFor(actor, row.municipalityId)) throw notFound("Withdrawal");
  return row;
}
