import type { Amendment } from "@cni/contracts/amendments";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import {
  AMENDMENT_INCLUDE,
  loadPartyFacts,
  outcomeOf,
  toAmendment,
  userNames,
} from "./amendment-view.ts";

/** GET /api/amendments: the register, newest first, each with its computed status. */
export async function listAmendments(db: Db): Promise<{ items: Amendment[]; total: number }> {
  const rows = await db.amendment.findMany({
    include: AMENDMENT_INCLUDE,
    orderBy: { createdAt: "desc" },
  });
  const [facts, names] = await Promise.all([loadPartyFacts(db, rows), userNames(db, rows)]);
  const today = athensToday();
  const items = rows.map((r) => toAmendment(r, outcomeOf(r, facts, today), names));
  return { items, total: items.length };
}
