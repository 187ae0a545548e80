// A municipal council's decision, as Greek councils take them (art. 96 Law 3463/2006 and
// the councils' practice). Quorum is needed when the session opens, but a decision is
// judged on the members present AT THE VOTE of its agenda item: members arrive and leave
// during a session (in Serres' session 25 were present at the opening and 22 at the vote of
// item 5). A tie decided by the chair's casting vote is a valid decision. Real paperwork has
// errors (the Serres decision itself says "35 present out of 25" in one sentence), so
// impossible figures are rejected with a clear message instead of being stored.
import type { IsoDate } from "./dates.ts";

export interface CouncilDecisionInput {
  /** Decision number "N/YYYY", e.g. "210/2024". */
  number: string;
  session: string;
  date: IsoDate;
  membersTotal: number;
  /** Present when the session opened (the quorum of the session), if known. */
  membersPresentAtOpening?: number | null;
  /** Present at the vote on this agenda item: the figure the decision is judged on. */
  membersPresent: number;
  /** The agenda item, e.g. "5". */
  agendaItem?: string | null;
  vote: "unanimous" | "majority";
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesBlank?: number | null;
  /** A tie (for = against) decided by the chair's casting vote. */
  castingVote?: boolean | null;
  /** Diavgeia posting code (ΑΔΑ), e.g. "Ψ4ΚΡΩΛ7-ΒΦΗ". */
  diavgeiaAda?: string | null;
}

export type CouncilDecisionCode =
  | "PRESENT_EXCEEDS_TOTAL"
  | "QUORUM_NOT_MET"
  | "VOTES_INVALID"
  | "DECISION_IN_FUTURE"
  | "DECISION_NUMBER_INVALID"
  | "ADA_INVALID";

export type CouncilDecisionField =
  | "membersPresent"
  | "membersPresentAtOpening"
  | "votesFor"
  | "votesAgainst"
  | "votesBlank"
  | "castingVote"
  | "date"
  | "number"
  | "diavgeiaAda";

export interface CouncilDecisionIssue {
  code: CouncilDecisionCode;
  field: CouncilDecisionField;
  message: string;
}

/** Quorum (art. 96 par. 2, Law 3463/2006): more than half of the members present. */
export function quorumNeeded(membersTotal: number): number {
  return Math.floor(membersTotal / 2) + 1;
}

const DECISION_NUMBER = /^\d+\/(\d{4})$/;

// ---------------------------------------------------------------------------------------
// ΑΔΑ (Diavgeia posting code)

/**
 * The shape of an ΑΔΑ: Greek capitals and digits, a hyphen, three more (e.g.
 * "Ψ4ΚΡΩΛ7-ΒΦΗ"). Only the shape is checked: whether the code exists is Diavgeia's to say.
 * Ά–Ώ (accented) and Ϊ/Ϋ are excluded; Greek capitals are U+0391–U+03A9 (U+03A2 unused).
 */
export const ADA_PATTERN = /^[0-9Α-ΡΣ-Ω]{4,10}-[0-9Α-ΡΣ-Ω]{3}$/u;

// Latin capitals that look like Greek ones: a code typed on a Latin keyboard is the same code.
const LATIN_LOOKALIKES: Record<string, string> = {
  A: "Α",
  B: "Β",
  E: "Ε",
  Z: "Ζ",
  H: "Η",
  I: "Ι",
  K: "Κ",
  M: "Μ",
  N: "Ν",
  O: "Ο",
  P: "Ρ",
  T: "Τ",
  Y: "Υ",
  X: "Χ",
};

/** Trims, upper-cases and turns Latin look-alike capitals into Greek ones. */
export function normalizeAda(raw: string): string {
  return raw
    .trim()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[ABEZHIKMNOPTYX]/g, (c) => LATIN_LOOKALIKES[c] ?? c)
    .replace(/[‐‑–—]/g, "-");
}

/** Whether `ada` (after normalizeAda) has the shape of an ΑΔΑ. */
export function isValidAda(ada: string): boolean {
  return ADA_PATTERN.test(normalizeAda(ada));
}

/** The decision's public page on Diavgeia, the transparency portal. */
export function diavgeiaUrl(ada: string): string {
  return `https://diavgeia.gov.gr/decision/view/${normalizeAda(ada)}`;
}

// ---------------------------------------------------------------------------------------
// Rules

function presenceIssues(d: CouncilDecisionInput): CouncilDecisionIssue[] {
  const issues: CouncilDecisionIssue[] = [];
  const total = d.membersTotal;
  const checks: [CouncilDecisionField, number | null | undefined, string][] = [
    ["membersPresentAtOpening", d.membersPresentAtOpening, "at the opening of the session"],
    ["membersPresent", d.membersPresent, "at the vote on this item"],
  ];
  for (const [field, present, when] of checks) {
    if (present == null) continue;
    if (present > total) {
      issues.push({
        code: "PRESENT_EXCEEDS_TOTAL",
        field,
        message: `${present} members present ${when} is more than the council's ${total} members; check whether the two figures are swapped.`,
      });
    } else if (present * 2 <= total) {
      // Skipped when present > total: that figure is already known to be wrong.
      issues.push({
        code: "QUORUM_NOT_MET",
        field,
        message: `No quorum ${when}: ${present} of ${total} members present; more than half (at least ${quorumNeeded(total)}) must be present.`,
      });
    }
  }
  return issues;
}

function voteIssues(d: CouncilDecisionInput): CouncilDecisionIssue[] {
  const present = d.membersPresent;
  const votesFor = d.votesFor ?? null;
  const against = d.votesAgainst ?? null;
  const blank = d.votesBlank ?? null;
  const invalid = (field: CouncilDecisionField, message: string): CouncilDecisionIssue[] => [
    { code: "VOTES_INVALID", field, message },
  ];

  const counted = (votesFor ?? 0) + (against ?? 0) + (blank ?? 0);
  if (counted > present) {
    return invalid(
      votesFor != null ? "votesFor" : against != null ? "votesAgainst" : "votesBlank",
      `${counted} votes counted (for, against and blank) is more than the ${present} members present at the vote.`,
    );
  }

  if (d.vote === "unanimous") {
    if (against != null && against > 0) {
      return invalid("votesAgainst", "A unanimous decision has no votes against.");
    }
    if (d.castingVote) {
      return invalid("castingVote", "A unanimous decision has no tie for a casting vote to break.");
    }
    // Everyone present who did not vote blank voted in favour; a different count is a typo.
    const expected = present - (blank ?? 0);
    if (votesFor != null && votesFor !== expected) {
      return invalid(
        "votesFor",
        `A unanimous decision has as many votes in favour as members present at the vote (${expected}${blank ? `, after ${blank} blank` : ""}), not ${votesFor}.`,
      );
    }
    return [];
  }

  if (votesFor == null) {
    return invalid("votesFor", "A majority decision needs the number of votes in favour.");
  }
  if (d.castingVote) {
    if (against == null || against !== votesFor) {
      return invalid(
        "castingVote",
        "The chair's casting vote decides only a tie: the votes in favour and against must be equal.",
      );
    }
    if (votesFor === 0) {
      return invalid("votesFor", "A tie of 0 to 0 is not a vote.");
    }
    return [];
  }
  if (against != null && votesFor <= against) {
    return invalid(
      "votesFor",
      `${votesFor} in favour against ${against} is not a majority${votesFor === against ? " (a tie is decided only by the chair's casting vote)" : ""}.`,
    );
  }
  if (votesFor * 2 <= present) {
    return invalid(
      "votesFor",
      `${votesFor} votes in favour is not a majority of the ${present} members present at the vote (needs more than half).`,
    );
  }
  return [];
}

/** All problems with a council decision; an empty list means it is valid. */
export function validateCouncilDecision(
  d: CouncilDecisionInput,
  today: IsoDate,
): CouncilDecisionIssue[] {
  const issues = presenceIssues(d);
  // Votes are judged only on a plausible attendance: with more present than members the
  // figures are wrong anyway, and the presence issue says which.
  if (d.membersPresent <= d.membersTotal) issues.push(...voteIssues(d));

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

  if (d.diavgeiaAda && !isValidAda(d.diavgeiaAda)) {
    issues.push({
      code: "ADA_INVALID",
      field: "diavgeiaAda",
      message: `"${d.diavgeiaAda}" does not have the shape of an ΑΔΑ (Greek capitals and digits, a hyphen, three more, e.g. Ψ4ΚΡΩΛ7-ΒΦΗ).`,
    });
  }

  return issues;
}
