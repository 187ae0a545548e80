// The council-decision rules (@cni/domain, applied by the shared zod schema and the API)
// worded in the user's language. Client-side issues carry the rule's code in
// `params.code`; the API's 422 carries it in each field error's `code`: both land here.
import { quorumNeeded } from "@cni/domain/council-decision";
import type { TFunction } from "i18next";

export const RULE_CODES = [
  "PRESENT_EXCEEDS_TOTAL",
  "QUORUM_NOT_MET",
  "VOTES_INVALID",
  "DECISION_IN_FUTURE",
  "DECISION_NUMBER_INVALID",
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
  membersPresent?: number | null;
  vote?: "unanimous" | "majority";
  votesFor?: number | null;
};

/** The message for a rule code, in the current language (namespace "accessions"). */
export function ruleMessage(t: TFunction, code: string, d: DecisionFigures): string {
  const total = d.membersTotal ?? 0;
  const present = d.membersPresent ?? 0;
  switch (code) {
    case "PRESENT_EXCEEDS_TOTAL":
      return t("accessions:rules.PRESENT_EXCEEDS_TOTAL", { present, total });
    case "QUORUM_NOT_MET":
      return t("accessions:rules.QUORUM_NOT_MET", {
        present,
        total,
        needed: quorumNeeded(total),
      });
    case "VOTES_INVALID":
      if (d.vote === "majority" && d.votesFor == null) return t("accessions:rules.VOTES_MISSING");
      if (d.vote === "majority") {
        return t("accessions:rules.VOTES_NOT_MAJORITY", { votesFor: d.votesFor, present });
      }
      return t("accessions:rules.VOTES_UNANIMOUS", { present });
    case "DECISION_NUMBER_INVALID":
      return /^\d+\/\d{4}$/.test(d.number ?? "")
        ? t("accessions:rules.DECISION_NUMBER_YEAR", { year: (d.date ?? "").slice(0, 4) })
        : t("accessions:rules.DECISION_NUMBER_FORMAT");
    default:
      return t(`accessions:rules.${code}`);
  }
}
