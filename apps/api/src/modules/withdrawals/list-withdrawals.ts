import type { WithdrawalList } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { WithdrawalStatus } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { toWithdrawal, WITHDRAWAL_INCLUDE } from "./withdrawal-row.ts";

/**
 * GET /api/withdrawals — coordinators see every withdrawal; officers and representatives
 * their municipality's. As of a past day, a withdrawal created later did not exist yet.
 */
export async function listWithdrawals(
  db: Db,
  {
    actor,
    status,
    municipalityId,
    asOf,
  }: { actor: SessionUser; status?: WithdrawalStatus[]; municipalityId?: string; asOf?: IsoDate },
): Promise<WithdrawalList> {
  const on = asOf ?? athensToday();
  const scope = actor.role === "coordinator" ? undefined : actor.municipalityId;
  if (scope === null) return { items: [], total: 0 };
  if (scope && municipalityId && municipalityId !== scope) return { items: [], total: 0 };
  const rows = await db.withdrawal.findMany({
    where: { municipalityId: scope ?? municipalityId },
    include: WITHDRAWAL_INCLUDE,
    orderBy: [{ createdAt: "desc" }],
  });
  const items = rows
    // A notified withdrawal exists from its notification; a draft from its creation.
    .filter((row) => (row.notifiedOn ?? row.createdAt.toISOString().slice(0, 10)) <= on)
    .map((row) => toWithdrawal(row, on))
    .filter((w) => !status?.length || status.includes(w.status));
  return { items, total: items.length };
}
