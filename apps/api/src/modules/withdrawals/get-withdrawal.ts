import type { Withdrawal } from "@cni/contracts/withdrawals";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { findVisibleWithdrawalOr404, toWithdrawal } from "./withdrawal-row.ts";

/** GET /api/withdrawals/:id — status as of today or `asOf`; 404 for other municipalities. */
export async function getWithdrawal(
  db: Db,
  { actor, id, asOf = athensToday() }: { actor: SessionUser; id: string; asOf?: IsoDate },
): Promise<Withdrawal> {
  return toWithdrawal(await findVisibleWithdrawalOr404(db, actor, id), asOf);
}
