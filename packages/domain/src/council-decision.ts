// Accession is decided by the municipal council. Real paperwork has errors (the Serres
// decision itself says "35 present out of 25" in one sentence), so impossible figures are
// rejected with a clear message instead of being stored.
import type { IsoDate } from "./dates.ts";

export interface CouncilDecisionInput {
  /** Decision number "N/YYYY", e.g. "210/2024". */
  number: string;
  session: string;
  date: IsoDate;
  membersTotal: number;
  membersPresent: number;
  vote: "unanimous" | "majority";
  votesFor?: number | null;
  /** Diavgeia posting code (ΑΔΑ); format not checked. */
  diavgeiaAda?: string | null;
}

export type CouncilDecisionCode =
  | "PRESENT_EXCEEDS_TOTAL"
  | "QUORUM_NOT_MET"
  | "VOTES_INVALID"
  | "DECISION_IN_FUTURE"
  | "DECISION_NUMBER_INVALID";

export interface CouncilDecisionIssue {
  code: CouncilDecisionCode;
  field: "membersPresent" | "votesFor" | "date" | "number";
  message: string;
}

/** Quorum (art. 96 par. 2, Law 3463/2006): more than half of the members present. */
export function quorumNeeded(membersTotal: number): number {
  return Math.floor(membersTotal / 2) + 1;
}

const DECISION_NUMBER = /^\d+\/(\d{4})$/;

/** All problems with a council decision; an empty list means it is valid. */
export function validateCouncilDecision(
  d: CouncilDecisionInput,
  today: IsoDate,
): CouncilDecisionIssue[] {
  const issues: CouncilDecisionIssue[] = [];
  const { membersTotal: total, membersPresent: present } = d;

  if (present > total) {
    issues.push({
      code: "PRESENT_EXCEEDS_TOTAL",
      field: "membersPresent",
      message: `${present} members present is more than the council's ${total} members; check whether the two figures are swapped.`,
    });
  } else if (present * 2 <= total) {
    // Skipped when present > total: that figure is already known to be wrong.
    issues.push({
      code: "QUORUM_NOT_MET",
      field: "membersPresent",
      message: `No quorum: ${present} of ${total} members present; more than half (at least ${quorumNeeded(total)}) must be present.`,
    });
  }

  if (d.vote === "majority") {
    const votesFor = d.votesFor;
    if (votesFor == null) {
      issues.push({
        code: "VOTES_INVALID",
        field: "votesFor",
        message: "A majority decision needs the number of votes in favour.",
      });
    } else if (votesFor > present || votesFor * 2 <= present) {
      issues.push({
        code: "VOTES_INVALID",
        field: "votesFor",
        message: `${votesFor} votes in favour is not a majority of the ${present} members present (needs more than half, and no more than those present).`,
      });
    }
  } else if (d.votesFor != null && d.votesFor !== present) {
    // A unanimous decision is voted for by everyone present; a different count is a typo.
    issues.push({
      code: "VOTES_INVALID",
      field: "votesFor",
      message: `A unanimous decision has as many votes in favour as members present (${present}), not ${d.votesFor}.`,
    });
  }

  if (d.date > today) {
    issues.push({
      code: "DECISION_IN_FUTURE",
      field: "date",
      message: `The decision date ${d.date} is in the future (today is ${today}).`,
    });
  }

  const numberYear = DECISION_NUMBER.exec(d.number)?.[1];
  if (numberYear === undefined || numberYear !== d.date.slice(0, 4)) {
    issues.push({
      code: "DECISION_NUMBER_INVALID",
      field: "number",
      message:
        numberYear === undefined
          ? `The decision number must look like "210/2024" (number/year), not "${d.number}".`
          : `The decision number's year (${numberYear}) must be the year of the decision date (${d.date}).`,
    });
  }

  return issues;
}
