import type { MouDocument } from "@cni/contracts/mou";
import { athensToday, type IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { AMENDMENT_INCLUDE, loadPartyFacts, outcomeOf } from "./amendment-view.ts";
import { MOU_SOURCE, MOU_TITLE_EL, MOU_TITLE_EN } from "./mou-text.ts";
import { type AdoptedAmendment, mouClausesOn } from "./mou-versions.ts";

/**
 * GET /api/mou?asOf=: the text in force on that day (default today): the 2024 text plus the
 * amendments every party had consented to by then. Marks a coordinator set before the
 * consent register count for nothing here.
 */
export async function getMou(
  db: Db,
  { asOf }: { asOf?: IsoDate | undefined },
): Promise<MouDocument> {
  const day = asOf ?? athensToday();
  const rows = await db.amendment.findMany({
    where: { status: "circulated" },
    include: AMENDMENT_INCLUDE,
  });
  const facts = await loadPartyFacts(db, rows);
  const adopted: AdoptedAmendment[] = [];
  for (const row of rows) {
    const outcome = outcomeOf(row, facts, day);
    if (outcome.status !== "adopted" || outcome.adoptedOn === null) continue;
    adopted.push({
      amendmentId: row.id,
      title: row.title,
      clause: row.clause,
      proposedText: row.proposedText,
      adoptedOn: outcome.adoptedOn,
      municipalityId: row.municipalityId,
      proposerNameEl: row.municipality.nameEl,
      proposerNameEn: row.municipality.nameEn,
      proposedAt: row.createdAt,
    });
  }
  return {
    titleEl: MOU_TITLE_EL,
    titleEn: MOU_TITLE_EN,
    asOf: day,
    source: MOU_SOURCE,
    amendmentsInForce: adopted.length,
    clauses: mouClausesOn(adopted, day),
  };
}
