import type { Accession } from "@cni/contracts/accessions";
import { EDITABLE_ACCESSION_STATUSES } from "@cni/domain/accession-status";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { columnsOf, type Declaration, decisionOf, representativeOf } from "./accession-row.ts";
import {
  assertCanChangeAccession,
  assertDecisionValid,
  assertDifferentPersons,
  loadVisibleAccession,
} from "./accession-rules.ts";
import { getAccession } from "./get-accession.ts";

/** PATCH /api/accessions/:id — while draft or returned; each part given replaces the stored one. */
export async function updateAccession(
  db: Db,
  { actor, id, input }: { actor: SessionUser; id: string; input: Declaration },
): Promise<Accession> {
  const row = await loadVisibleAccession(db, actor, id);
  assertCanChangeAccession(actor, row);
  if (input.councilDecision) assertDecisionValid(input.councilDecision);
  assertDifferentPersons(
    input.representative !== undefined
      ? input.representative
      : representativeOf(row, "representative"),
    input.alternate !== undefined ? input.alternate : representativeOf(row, "alternate"),
  );
  await db.$transaction(async (tx) => {
    const result = await tx.accession.updateMany({
      where: { id, status: { in: [...EDITABLE_ACCESSION_STATUSES] } },
      data: columnsOf(input),
    });
    if (result.count === 0) {
      throw conflict("NOT_EDITABLE", `A declaration that is ${row.status} cannot be edited`);
    }
    await recordAudit(tx, {
      actor,
      action: "accession.update",
      entityType: "accession",
      entityId: id,
      summary: `Edited ${Object.keys(input).join(", ")}`,
      before: decisionOf(row),
      after: input,
    });
  });
  return getAccession(db, { actor, id });
}
