import type { ReminderResult } from "@cni/contracts/amendments";
import { athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { notifyParties } from "../notices/send.ts";
import { loadPartyFacts, outcomeOf } from "./amendment-view.ts";
import { findAmendmentOr404 } from "./get-amendment.ts";
import { notifyOutcomeOnce } from "./notify-outcome.ts";

/**
 * POST /api/amendments/:id/reminders (the secretariat): a reminder notice to each party that
 * has not answered yet (e-mailed too when SMTP is configured, through the outbox). When the
 * outcome was reached without an answer (the last party left), the parties are told of it
 * instead, once.
 */
export async function remindParties(
  db: Db,
  { actor, id }: { actor: SessionUser; id: string },
): Promise<ReminderResult> {
  const row = await findAmendmentOr404(db, id);
  const outcome = outcomeOf(row, await loadPartyFacts(db, [row]), athensToday());
  if (outcome.status === "adopted" || outcome.status === "not_adopted") {
    await db.$transaction((tx) => notifyOutcomeOnce(tx, { actor, amendment: row, outcome }));
    return { reminded: [] };
  }
  if (outcome.status !== "circulated") {
    throw conflict("AMENDMENT_NOT_CIRCULATED", "Only a circulated proposal awaits answers");
  }
  const pending = outcome.pending;
  await db.$transaction(async (tx) => {
    await notifyParties(tx, {
      kind: "amendment",
      event: "reminder",
      subjectMunicipalityId: null,
      partiesOn: athensToday(),
      recipients: pending,
      amendmentId: id,
    });
    await tx.amendmentStatusChange.create({
      data: { amendmentId: id, status: "reminded", note: String(pending.length), byId: actor.id },
    });
    await recordAudit(tx, {
      actor,
      action: "amendment.remind",
      entityType: "amendment",
      entityId: id,
      summary: `Reminded ${pending.length} parties that have not answered "${row.title}"`,
      after: { recipients: pending },
    });
  });
  return { reminded: pending };
}
