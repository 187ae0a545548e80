import type { Accession, AccessionDefect } from "@cni/contracts/accessions";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { returnedEmail } from "../notices/own-affairs-emails.ts";
import { municipalityNames, notifyMunicipality } from "../notices/send.ts";
import { applyTransition, loadVisibleAccession } from "./accession-rules.ts";
import { getAccession } from "./get-accession.ts";

/**
 * POST /api/accessions/:id/return — submitted → returned, only for listed formal defects
 * (the secretariat checks the form; it does not judge the accession), with a note. The
 * officer sees both and can fix and resubmit. The municipality gets a notice (and its
 * officers an e-mail, SMTP configured) in the same transaction (decision 090).
 */
export async function returnAccession(
  db: Db,
  {
    actor,
    id,
    defects,
    note,
  }: { actor: SessionUser; id: string; defects: AccessionDefect[]; note: string },
): Promise<Accession> {
  const row = await loadVisibleAccession(db, actor, id);
  const unique = [...new Set(defects)];
  await db.$transaction(async (tx) => {
    await applyTransition(tx, row, "return", {
      returnDefects: unique.join(","),
      returnNote: note,
      returnedAt: new Date(),
    });
    await recordAudit(tx, {
      actor,
      action: "accession.return",
      entityType: "accession",
      entityId: id,
      summary: `Returned the accession declaration of ${row.municipalityId} for formal defects (${unique.join(", ")}): ${note}`,
      before: { status: row.status },
      after: { status: "returned", returnDefects: unique, returnNote: note },
    });
    await notifyMunicipality(tx, {
      kind: "accession",
      event: "returned",
      recipientMunicipalityId: row.municipalityId,
      accessionId: id,
      email: {
        message: returnedEmail(await municipalityNames(tx, row.municipalityId), unique, note),
        roles: ["officer"],
      },
    });
  });
  return getAccession(db, { actor, id });
}
