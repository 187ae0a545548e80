import type { Accession } from "@cni/contracts/accessions";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { unprocessable } from "../../lib/errors.ts";
import { enqueueEmail } from "../email/outbox.ts";
import { submittedEmail } from "../notices/own-affairs-emails.ts";
import { municipalityNames, notifyCoordinators } from "../notices/send.ts";
import { decisionOf, representativeOf } from "./accession-row.ts";
import {
  applyTransition,
  assertAllowed,
  assertCanChangeAccession,
  assertDecisionValid,
  assertDifferentPersons,
  loadVisibleAccession,
} from "./accession-rules.ts";
import { getAccession } from "./get-accession.ts";

/**
 * POST /api/accessions/:id/submit — draft or returned → submitted. Needs the signatory, a
 * valid council decision and its document. The representative and alternate are optional:
 * designating them is a duty of a party, not a condition of joining. The coordinators get
 * a notice (and an e-mail, SMTP configured) in the same transaction: it waits on them.
 */
export async function submitAccession(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<Accession> {
  const row = await loadVisibleAccession(db, actor, id);
  assertCanChangeAccession(actor, row);
  assertAllowed(row, "submit");
  if (!row.signatoryName || !row.signatoryTitle) {
    throw unprocessable("DECLARATION_INCOMPLETE", "The declaration is incomplete: signatory", [
      { path: "signatory", message: "The signatory is required", code: "required" },
    ]);
  }
  assertDecisionValid(decisionOf(row));
  assertDifferentPersons(
    representativeOf(row, "representative"),
    representativeOf(row, "alternate"),
  );
  if (!row.documents.some((d) => d.kind === "decision")) {
    throw unprocessable(
      "DOCUMENT_REQUIRED",
      "Attach the council decision (PDF) before submitting",
      [
        {
          path: "documents",
          message: "The council decision's document is required",
          code: "required",
        },
      ],
    );
  }
  const today = athensToday();
  await db.$transaction(async (tx) => {
    await applyTransition(tx, row, "submit", {
      submittedOn: row.submittedOn ?? today,
      submittedAt: new Date(),
    });
    await recordAudit(tx, {
      actor,
      action: "accession.submit",
      entityType: "accession",
      entityId: id,
      summary: `Submitted the accession declaration of ${row.municipalityId}${row.status === "returned" ? " again" : ""}`,
      before: { status: row.status },
      after: { status: "submitted" },
    });
    await notifyCoordinators(tx, {
      kind: "accession",
      event: "submitted",
      subjectMunicipalityId: row.municipalityId,
      accessionId: id,
    });
    const coordinators = await tx.user.findMany({
      where: { role: "coordinator", active: true },
      select: { email: true },
    });
    await enqueueEmail(tx, {
      to: coordinators.map((c) => c.email),
      ...submittedEmail(
        await municipalityNames(tx, row.municipalityId),
        id,
        row.status === "returned",
      ),
    });
  });
  return getAccession(db, { actor, id });
}
