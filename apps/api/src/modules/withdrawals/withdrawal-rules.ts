// Checks shared by the withdrawal acts: who may act for the municipality, and the council
// decision (number, date, ΑΔΑ) as a 422 at its field.
import { isValidAda, normalizeAda } from "@cni/domain/council-decision";
import type { IsoDate } from "@cni/domain/dates";
import { assertVerified, canActFor, type SessionUser } from "../../lib/access.ts";
import { forbidden, notFound, unprocessable } from "../../lib/errors.ts";

/**
 * Acting for a municipality's withdrawal: a coordinator, or that municipality's VERIFIED
 * officer (a registered officer is pending until a coordinator verified who they are).
 * Another municipality's record is a 404 (its existence is not revealed).
 */
export function assertCanActOnWithdrawal(actor: SessionUser, municipalityId: string): void {
  if (actor.role === "coordinator") return;
  if (actor.role !== "officer")
    throw forbidden("Only an officer or a coordinator acts on a withdrawal");
  if (!canActFor(actor, municipalityId)) throw notFound("Withdrawal");
  assertVerified(actor);
}

/** The year in "N/YYYY" must be the decision's year; the date not in the future; ΑΔΑ shape. */
export function assertDecisionValid(
  decision: { number: string; date: IsoDate; diavgeiaAda?: string | null },
  today: IsoDate,
  prefix = "councilDecision",
): { diavgeiaAda: string | null } {
  if (decision.date > today) {
    throw unprocessable(
      "DECISION_IN_FUTURE",
      `The decision date ${decision.date} is in the future`,
      [{ path: `${prefix}.date`, message: "Not in the future", code: "DECISION_IN_FUTURE" }],
    );
  }
  const year = /^\d+\/(\d{4})$/.exec(decision.number)?.[1];
  if (year !== decision.date.slice(0, 4)) {
    throw unprocessable(
      "DECISION_NUMBER_INVALID",
      `The decision number's year must be the decision date's year (${decision.date.slice(0, 4)})`,
      [
        {
          path: `${prefix}.number`,
          message: "N/YYYY, of the decision's year",
          code: "DECISION_NUMBER_INVALID",
        },
      ],
    );
  }
  const ada = decision.diavgeiaAda?.trim() || null;
  if (ada !== null && !isValidAda(ada)) {
    throw unprocessable("ADA_INVALID", `"${ada}" does not have the shape of an ΑΔΑ`, [
      { path: `${prefix}.diavgeiaAda`, message: "e.g. Ψ4ΚΡΩΛ7-ΒΦΗ", code: "ADA_INVALID" },
    ]);
  }
  return { diavgeiaAda: ada === null ? null : normalizeAda(ada) };
}
