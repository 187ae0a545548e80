// The council-decision rules (@cni/domain, applied by the shared zod schema and the API)
// worded in the user's language. Client-side issues carry the rule's code in
// `params.code`; the API's 422 carries it in each field error's `code`: both land here,
// with the field the rule was found at (the opening's attendance or the vote's).
import { quorumNeeded } from "@cni/domain/council-decision";
import type { TFunction } from "i18next";

export const RULE_CODES = [
  "PRESENT_EXCEEDS_TOTAL",
  "QUORUM_NOT_MET",
  "VOTES_INVALID",
  "DECISION_IN_FUTURE",
  "DECISION_NUMBER_INVALID",
  "ADA_INVALID",
  "SAME_PERSON",
  "NOTIFIED_IN_FUTURE",
  "NOTIFIED_BEFORE_DECISION",
] as const;

export function isRuleCode(code: unknown): code is (typeof RULE_CODES)[number] {
  return typeof code === "string" && (RULE_CODES as readonly string[]).includes(code);
}

/** What the messages interpolate: the decision's figures as entered. */
export type DecisionFigures = {
  number?: string;
  date?: string;
  membersTotal?: number | null;
  membersPresentAtOpening?: number | null;
  membersPresent?: number | null;
  vote?: "unanimous" | "majority";
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesBlank?: number | null;
  castingVote?: boolean | null;
};

/** Which VOTES_INVALID case it is, as @cni/domain/council-decision decides them. */
function votesMessage(t: TFunction, d: DecisionFigures): string {
  const present = d.membersPresent ?? 0;
  const votesFor = d.votesFor ?? null;
  const against = d.votesAgainst ?? null;
  const blank = d.votesBlank ?? null;
  const counted = (votesFor ?? 0) + (against ?? 0) + (blank ?? 0);
  if (counted > present) return t("accessions:rules.VOTES_OVER_PRESENT", { counted, present });
  if (d.vote === "unanimous") {
    if (against) return t("accessions:rules.VOTES_UNANIMOUS_AGAINST");
    if (d.castingVote) return t("accessions:rules.CASTING_NOT_TIE");
    return t("accessions:rules.VOTES_UNANIMOUS", { present: present - (blank ?? 0) });
  }
  if (votesFor == null) return t("accessions:rules.VOTES_MISSING");
  if (d.castingVote && (against == null || against !== votesFor)) {
    return t("accessions:rules.CASTING_NOT_TIE");
  }
  if (!d.castingVote && against != null && votesFor === against) {
    return t("accessions:rules.VOTES_TIE");
  }
  if (against != null && votesFor < against) {
    return t("accessions:rules.VOTES_FEWER_THAN_AGAINST", { votesFor, against });
  }
  return t("accessions:rules.VOTES_NOT_MAJORITY", { votesFor, present });
}

/**
 * The message for a rule code, in the current language (namespace "accessions"). `field`
 * is the field it was found at (e.g. "membersPresentAtOpening"), when known.
 */
export function ruleMessage(
  t: TFunction,
  code: string,
  d: DecisionFigures,
  field?: string,
): string {
  const total = d.membersTotal ?? 0;
  const atOpening = field?.endsWith("membersPresentAtOpening") ?? false;
  const present = (atOpening ? d.membersPresentAtOpening : d.membersPresent) ?? 0;
  const when = t(atOpening ? "accessions:rules.atOpening" : "accessions:rules.atVote");
  switch (code) {
    case "PRESENT_EXCEEDS_TOTAL":
      return t("accessions:rules.PRESENT_EXCEEDS_TOTAL", { present, total, when });
    case "QUORUM_NOT_MET":
      return t("accessions:rules.QUORUM_NOT_MET", {
        present,
        total,
        when,
        needed: quorumNeeded(total),
      });
    case "VOTES_INVALID":
      return votesMessage(t, d);
    case "DECISION_NUMBER_INVALID":
      return /^\d+\/\d{4}$/.test(d.number ?? "")
        ? t("accessions:rules.DECISION_NUMBER_YEAR", { year: (d.date ?? "").slice(0, 4) })
        : t("accessions:rules.DECISION_NUMBER_FORMAT");
    default:
      return t(`accessions:rules.${code}`);
  }
}
