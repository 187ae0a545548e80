// The outcome of an amendment to the MoU is computed from the parties' answers, never set.
//
// The MoU names no body that decides amendments: its representatives only «υποβάλλουν
// προτάσεις στα μέρη για την τροποποίηση του παρόντος». A contract changes when every party
// agrees, so an amendment binds when every party it was circulated to (the list frozen on
// circulation) that is still a party has consented, each by its own council decision; one
// refusal is enough for it not to be adopted. A party that stops being a party before it
// answers drops out of the count; one that joins after circulation is not asked.
import type { IsoDate } from "./dates.ts";
import type { AmendmentStatus } from "./enums.ts";
import { isPartyOn, type MembershipFacts, membershipSummaryOn } from "./membership.ts";

export const CONSENT_ANSWERS = ["consent", "refuse"] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export interface PartyAnswerFact {
  answer: ConsentAnswer;
  /** The date of the party's council decision. */
  decisionDate: IsoDate;
}

export interface FrozenPartyFacts {
  municipalityId: string;
  /** Every decision the party recorded, in the order they were recorded (changes last). */
  answers: PartyAnswerFact[];
  membership: MembershipFacts;
}

export interface AmendmentFacts {
  /** The proposer withdrew it (only possible before an outcome). */
  withdrawn: boolean;
  /** The day the secretariat circulated it to the parties; null while only proposed. */
  circulatedOn: IsoDate | null;
  /** The parties on the day of circulation, with their answers. */
  parties: FrozenPartyFacts[];
}

export interface AmendmentOutcome {
  status: AmendmentStatus;
  /** Set when adopted: the day the last needed consent (or drop-out) completed it. */
  adoptedOn: IsoDate | null;
  /** Set when not adopted: the date of the first refusal. */
  notAdoptedOn: IsoDate | null;
  consented: string[];
  refused: string[];
  /** Still parties, and no answer yet. */
  pending: string[];
  /** Stopped being parties before answering: no longer counted. */
  droppedOut: { municipalityId: string; leftOn: IsoDate }[];
}

/** The answer in force on `on`: the last one recorded whose decision is dated by then. */
export function answerOn(answers: readonly PartyAnswerFact[], on: IsoDate): PartyAnswerFact | null {
  return answers.findLast((a) => a.decisionDate <= on) ?? null;
}

/** The first day a municipality that is not a party on `on` stopped being one. */
function leftOn(membership: MembershipFacts, on: IsoDate): IsoDate {
  const ended = membershipSummaryOn(membership, on).periods.findLast(
    (p) => p.until !== null && p.until <= on,
  );
  return ended?.until ?? on;
}

// ISO dates sort as strings (Math.min/max would turn them into NaN)
const latest = (dates: IsoDate[]) => [...dates].sort().at(-1) ?? null;
const earliest = (dates: IsoDate[]) => [...dates].sort()[0] ?? null;

/** The status of an amendment as it stood on `on`, from the facts known now. */
export function amendmentOutcomeOn(facts: AmendmentFacts, on: IsoDate): AmendmentOutcome {
  const outcome: AmendmentOutcome = {
    status: "proposed",
    adoptedOn: null,
    notAdoptedOn: null,
    consented: [],
    refused: [],
    pending: [],
    droppedOut: [],
  };
  if (facts.withdrawn) return { ...outcome, status: "withdrawn" };
  if (facts.circulatedOn === null || on < facts.circulatedOn) return outcome;

  const consentDates: IsoDate[] = [];
  const refusalDates: IsoDate[] = [];
  const dropDates: IsoDate[] = [];
  for (const party of facts.parties) {
    const answer = answerOn(party.answers, on);
    if (answer?.answer === "consent") {
      outcome.consented.push(party.municipalityId);
      consentDates.push(answer.decisionDate);
    } else if (answer?.answer === "refuse") {
      outcome.refused.push(party.municipalityId);
      refusalDates.push(answer.decisionDate);
    } else if (isPartyOn(party.membership, on)) {
      outcome.pending.push(party.municipalityId);
    } else {
      const left = leftOn(party.membership, on);
      outcome.droppedOut.push({ municipalityId: party.municipalityId, leftOn: left });
      dropDates.push(left);
    }
  }

  if (refusalDates.length > 0) {
    return { ...outcome, status: "not_adopted", notAdoptedOn: earliest(refusalDates) };
  }
  // Nobody consented (every party left before answering): nothing was agreed.
  if (outcome.pending.length === 0 && consentDates.length > 0) {
    return { ...outcome, status: "adopted", adoptedOn: latest([...consentDates, ...dropDates]) };
  }
  return { ...outcome, status: "circulated" };
}

/** Statuses in which the parties' answers are still awaited or the proposal can change. */
export const isOpenAmendment = (status: AmendmentStatus) =>
  status === "proposed" || status === "circulated";

/** The proposer may withdraw a proposal until an outcome is reached. */
export const canWithdrawAmendment = isOpenAmendment;

/** Comments are open while the proposal is open. */
export const canCommentOnAmendment = isOpenAmendment;

/** Only a proposal that has not been circulated yet can be circulated. */
export const canCirculateAmendment = (status: AmendmentStatus) => status === "proposed";

/**
 * Whether a party may record `answer` now. Answers are taken only while circulated (no
 * outcome yet). A party's second answer must change its answer: the change is a new council
 * decision, dated no earlier than the one it replaces.
 */
export function answerRefusal(
  status: AmendmentStatus,
  previous: PartyAnswerFact | null,
  next: PartyAnswerFact,
):
  | "AMENDMENT_NOT_CIRCULATED"
  | "AMENDMENT_CLOSED"
  | "OUTCOME_REACHED"
  | "ALREADY_ANSWERED"
  | "DECISION_BEFORE_PREVIOUS"
  | null {
  if (status === "proposed") return "AMENDMENT_NOT_CIRCULATED";
  if (status === "withdrawn") return "AMENDMENT_CLOSED";
  if (status !== "circulated") return "OUTCOME_REACHED";
  if (previous === null) return null;
  if (previous.answer === next.answer) return "ALREADY_ANSWERED";
  if (next.decisionDate < previous.decisionDate) return "DECISION_BEFORE_PREVIOUS";
  return null;
}
