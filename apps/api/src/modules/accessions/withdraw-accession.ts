import type { Accession } from "@cni/contracts/accessions";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import {
  applyTransition,
  assertCanChangeAccession,
  loadVisibleAccession,
} from "./accession-rules.ts";
import { getAccession } from "./get-accession.ts";

/** POST /api/accessions/:id/withdraw — the municipality withdraws it before it is notified. */
export async function withdrawAccession(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<Accession> {
  const row = await loadVisibleAccession(db, actor, id);
  assertCanChangeAccession(actor, row);
  await db.$transaction(async (tx) => {
    await applyTransition(tx, row, "withdraw", { closedOn: athensToday() });
    await recordAudit(tx, {
      actor,
      action: "accession.withdraw",
      entityType: "accession",
      entityId: id,
      summary: `Withdrew the accession declaration of ${row.municipalityId}`,
      before: { status: row.status },
      after: { status: "withdrawn" },
    });
  });
  return getAccession(db, { actor, id });
}
