import type { Accession, CouncilDecision } from "@cni/contracts/accessions";
import { OPEN_ACCESSION_STATUSES } from "@cni/domain/accession-status";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict, forbidden, notFound } from "../../lib/errors.ts";
import { isParty } from "../../lib/parties.ts";
import { columnsOf, type Declaration } from "./accession-row.ts";
import { assertDecisionValid, assertDifferentPersons } from "./accession-rules.ts";
import { getAccession } from "./get-accession.ts";

export type CreateAccessionInput = Declaration & {
  municipalityId: string;
  councilDecision: CouncilDecision;
};

/**
 * POST /api/accessions — a draft declaration. Officers only for their own municipality.
 * 409 if the municipality is a party already, or already has an open declaration.
 */
export async function createAccession(
  db: Db,
  { actor, input }: { actor: SessionUser; input: CreateAccessionInput },
): Promise<Accession> {
  if (actor.role !== "coordinator" && actor.municipalityId !== input.municipalityId) {
    throw forbidden("An officer declares accession only for their own municipality");
  }
  assertDecisionValid(input.councilDecision);
  assertDifferentPersons(input.representative, input.alternate);
  const today = athensToday();
  const id = await db.$transaction(async (tx) => {
    // Touch the municipality first: takes the write lock, so two concurrent POSTs cannot
    // both see "no open declaration".
    const touched = await tx.municipality.updateMany({
      where: { id: input.municipalityId },
      data: { updatedAt: new Date() },
    });
    if (touched.count === 0) throw notFound("Municipality");
    if (await isParty(tx, input.municipalityId, today)) {
      throw conflict("ALREADY_MEMBER", "The municipality is already a party to the Memorandum");
    }
    const open = await tx.accession.findFirst({
      where: { municipalityId: input.municipalityId, status: { in: [...OPEN_ACCESSION_STATUSES] } },
      select: { id: true, status: true },
    });
    if (open) {
      throw conflict(
        "OPEN_DECLARATION_EXISTS",
        `The municipality already has an open declaration (${open.status})`,
      );
    }
    const c = input.councilDecision;
    const row = await tx.accession.create({
      data: {
        // a draft may not name its signatory yet (required to submit)
        signatoryName: "",
        signatoryTitle: "",
        ...columnsOf(input),
        decisionNumber: c.number,
        decisionSession: c.session,
        decisionDate: c.date,
        membersTotal: c.membersTotal,
        membersPresent: c.membersPresent,
        vote: c.vote,
        municipalityId: input.municipalityId,
        status: "draft",
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "accession.create",
      entityType: "accession",
      entityId: row.id,
      summary: `Draft accession declaration of ${input.municipalityId} (decision ${c.number})`,
      after: input,
    });
    return row.id;
  });
  return getAccession(db, { actor, id });
}
