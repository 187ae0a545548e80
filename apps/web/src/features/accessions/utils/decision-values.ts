// The council-decision step's form values, and the same as the API takes them: counts are
// "" while empty; optional figures left empty are sent as null.
import type { Accession } from "@cni/contracts/accessions";
import type { DecisionFigures } from "./rules";

type Count = number | "";
export type DecisionValues = {
  number: string;
  session: string;
  date: string;
  agendaItem: string;
  membersTotal: Count;
  membersPresentAtOpening: Count;
  membersPresent: Count;
  vote: "unanimous" | "majority";
  votesFor: Count;
  votesAgainst: Count;
  votesBlank: Count;
  castingVote: boolean;
  diavgeiaAda: string;
};

export const FIELDS = [
  "number",
  "session",
  "date",
  "agendaItem",
  "membersTotal",
  "membersPresentAtOpening",
  "membersPresent",
  "vote",
  "votesFor",
  "votesAgainst",
  "votesBlank",
  "castingVote",
  "diavgeiaAda",
] as const;

export function valuesOf(accession: Accession | null): DecisionValues {
  const d = accession?.councilDecision;
  return {
    number: d?.number ?? "",
    session: d?.session ?? "",
    date: d?.date ?? "",
    agendaItem: d?.agendaItem ?? "",
    membersTotal: d?.membersTotal ?? "",
    membersPresentAtOpening: d?.membersPresentAtOpening ?? "",
    membersPresent: d?.membersPresent ?? "",
    vote: d?.vote ?? "unanimous",
    votesFor: d?.votesFor ?? "",
    votesAgainst: d?.votesAgainst ?? "",
    votesBlank: d?.votesBlank ?? "",
    castingVote: d?.castingVote ?? false,
    diavgeiaAda: d?.diavgeiaAda ?? "",
  };
}

const toNumber = (value: Count) => (value === "" ? undefined : value);
const orNull = (value: Count) => (value === "" ? null : value);

/** The form values as the API takes them. */
export function toInput(v: DecisionValues) {
  const majority = v.vote === "majority";
  return {
    number: v.number.trim(),
    session: v.session.trim(),
    date: v.date || undefined, // empty: "required", not "malformed"
    agendaItem: v.agendaItem.trim() || null,
    membersTotal: toNumber(v.membersTotal),
    membersPresentAtOpening: orNull(v.membersPresentAtOpening),
    membersPresent: toNumber(v.membersPresent),
    vote: v.vote,
    votesFor: orNull(v.votesFor),
    votesAgainst: majority ? orNull(v.votesAgainst) : null,
    votesBlank: orNull(v.votesBlank),
    castingVote: majority && v.castingVote,
    diavgeiaAda: v.diavgeiaAda.trim() || null,
  };
}

export function figuresOf(v: DecisionValues): DecisionFigures {
  const input = toInput(v);
  return {
    ...input,
    membersTotal: input.membersTotal ?? null,
    membersPresent: input.membersPresent ?? null,
  };
}
