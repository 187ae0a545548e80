import type { AccessionList } from "@cni/contracts/accessions";
import type { AccessionStatus } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import { isUnverified, type SessionUser } from "../../lib/access.ts";
import { forbidden } from "../../lib/errors.ts";
import { ACCESSION_INCLUDE, toAccession } from "./accession-row.ts";

/**
 * GET /api/accessions — every declaration for coordinators; for anyone else only their own
 * municipality's (asking for another's → 403).
 */
export async function listAccessions(
  db: Db,
  {
    actor,
    status,
    municipalityId: asked,
  }: { actor: SessionUser; status?: AccessionStatus | ""; municipalityId?: string },
): Promise<AccessionList> {
  let municipalityId = asked || undefined;
  if (actor.role !== "coordinator") {
    if (municipalityId && municipalityId !== actor.municipalityId) {
      throw forbidden("You can only see your own municipality's declarations");
    }
    if (!actor.municipalityId) return { items: [], total: 0 };
    municipalityId = actor.municipalityId;
  }
  const rows = await db.accession.findMany({
    where: {
      ...(municipalityId ? { municipalityId } : {}),
      ...(status ? { status } : {}),
      // a pending officer sees only the declarations it drafted itself
      ...(isUnverified(actor) ? { createdById: actor.id } : {}),
    },
    include: ACCESSION_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const items = rows.map((row) => toAccession(row));
  return { items, total: items.length };
}
