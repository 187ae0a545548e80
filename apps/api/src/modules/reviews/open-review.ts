import type { IsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import { conflict } from "../../lib/errors.ts";
import { loadMembershipFacts } from "../../lib/parties.ts";
import { notifyParties } from "../notices/send.ts";
import { participantsOf } from "./participants.ts";
import { findCycleOr404, type ReviewOptions } from "./review-cycle.ts";

/**
 * POST /api/reviews/:dueOn/open (coordinator): opens the cycle (early, or formally) and
 * notifies every participant, once.
 */
export async function openReview(
  db: Db,
  { actor, dueOn, ...opts }: { actor: SessionUser; dueOn: IsoDate } & ReviewOptions,
): Promise<{ recipients: string[] }> {
  const cycle = findCycleOr404(dueOn, opts.today);
  const facts = await loadMembershipFacts(db);
  const participants = participantsOf(facts, cycle, opts.today);
  return db.$transaction(async (tx) => {
    const row = await tx.reviewCycle.findUnique({ where: { dueOn: cycle.dueOn } });
    if (row?.closedAt) throw conflict("REVIEW_CLOSED", "This review is closed");
    if (row?.openedAt) throw conflict("REVIEW_ALREADY_OPENED", "This review was already opened");
    const openedAt = new Date();
    await tx.reviewCycle.upsert({
      where: { dueOn: cycle.dueOn },
      create: { dueOn: cycle.dueOn, openedAt },
      update: { openedAt },
    });
    const recipients = await notifyParties(tx, {
      kind: "review",
      event: "opened",
      subjectMunicipalityId: null,
      partiesOn: opts.today,
      recipients: participants,
      reviewDueOn: cycle.dueOn,
    });
    await recordAudit(tx, {
      actor,
      action: "review.open",
      entityType: "review",
      entityId: cycle.dueOn,
      summary: `Opened the review due ${cycle.dueOn}; notified ${recipients.length} participants`,
      after: { openedAt: openedAt.toISOString(), recipients },
    });
    return { recipients };
  });
}
