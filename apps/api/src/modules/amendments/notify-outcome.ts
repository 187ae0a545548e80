import type { AmendmentOutcome } from "@cni/domain/amendment-outcome";
import { athensToday } from "@cni/domain/dates";
import type { Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { notifyParties } from "../notices/send.ts";

/**
 * Once an outcome is reached, tells every party (as of today) once: the first caller that
 * sees it marks the amendment notified, inside its own transaction. Returns the recipients
 * (empty when there was nothing to tell, or it was told already).
 */
export async function notifyOutcomeOnce(
  tx: Tx,
  {
    actor,
    amendment,
    outcome,
  }: { actor: SessionUser; amendment: { id: string; title: string }; outcome: AmendmentOutcome },
): Promise<string[]> {
  if (outcome.status !== "adopted" && outcome.status !== "not_adopted") return [];
  const { count } = await tx.amendment.updateMany({
    where: { id: amendment.id, outcomeNotifiedAt: null },
    data: { outcomeNotifiedAt: new Date() },
  });
  if (count === 0) return [];
  const on = outcome.adoptedOn ?? outcome.notAdoptedOn;
  await tx.amendmentStatusChange.create({
    data: { amendmentId: amendment.id, status: outcome.status, note: on, byId: null },
  });
  const recipients = await notifyParties(tx, {
    kind: "amendment",
    event: "decided",
    subjectMunicipalityId: null,
    partiesOn: athensToday(),
    amendmentId: amendment.id,
  });
  await recordAudit(tx, {
    actor,
    action: "amendment.outcome",
    entityType: "amendment",
    entityId: amendment.id,
    summary: `Amendment "${amendment.title}" ${outcome.status === "adopted" ? `adopted on ${on}` : `not adopted (refused on ${on})`}; notified ${recipients.length} parties`,
    after: { status: outcome.status, on, recipients },
  });
  return recipients;
}
