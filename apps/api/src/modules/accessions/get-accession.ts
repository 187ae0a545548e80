import type { Accession } from "@cni/contracts/accessions";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { toAccession } from "./accession-row.ts";
import { loadVisibleAccession } from "./accession-rules.ts";

/** Which parties were sent the declaration and who acknowledged it (for coordinators). */
async function noticesOf(db: Db, accessionId: string): Promise<NonNullable<Accession["notices"]>> {
  const rows = await db.notice.findMany({
    // the parties' notices only: not the coordinators' "submitted", nor the municipality's
    // own "returned" and "joined" (decision 090)
    where: { accessionId, event: "notified" },
    include: {
      recipient: { select: { nameEl: true, nameEn: true } },
      acknowledgedBy: { select: { name: true } },
    },
    orderBy: { recipientMunicipalityId: "asc" },
  });
  const items = rows.map((n) => ({
    noticeId: n.id,
    // an accession's notices go to parties (never to the coordinators)
    recipientMunicipalityId: n.recipientMunicipalityId ?? "",
    recipientNameEl: n.recipient?.nameEl ?? "",
    recipientNameEn: n.recipient?.nameEn ?? "",
    sentAt: n.sentAt.toISOString(),
    acknowledgedAt: n.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: n.acknowledgedBy?.name ?? null,
  }));
  return {
    total: items.length,
    acknowledged: items.filter((i) => i.acknowledgedAt !== null).length,
    items,
  };
}

/**
 * GET /api/accessions/:id — the declaration with its documents and checks; for
 * coordinators, once notified, the notices sent to the parties. 404 for other
 * municipalities' users.
 */
export async function getAccession(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<Accession> {
  const row = await loadVisibleAccession(db, actor, id);
  const notices =
    actor.role === "coordinator" && row.status === "notified" ? await noticesOf(db, id) : null;
  return toAccession(row, notices);
}
