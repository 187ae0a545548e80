// The life of an accession declaration. Accession is a one-sided right of the municipality
// («δύναται η προσχώρηση οποιουδήποτε άλλου Δήμου με απλή δήλωση που γνωστοποιείται στα
// υπόλοιπα μέρη»): nobody accepts or rejects it. The secretariat checks the form and either
// returns it for a listed formal defect or circulates it to the parties (notified); the
// municipality may withdraw it until it is notified.
//
//   draft ─submit→ submitted ─notify→ notified
//                  submitted ─return→ returned ─submit→ submitted
//   draft | submitted | returned ─withdraw→ withdrawn
import type { AccessionStatus } from "./enums.ts";

export const ACCESSION_ACTIONS = ["submit", "return", "notify", "withdraw"] as const;
export type AccessionAction = (typeof ACCESSION_ACTIONS)[number];

const TRANSITIONS: Record<
  AccessionAction,
  { from: readonly AccessionStatus[]; to: AccessionStatus }
> = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  return: { from: ["submitted"], to: "returned" },
  notify: { from: ["submitted"], to: "notified" },
  withdraw: { from: ["draft", "submitted", "returned"], to: "withdrawn" },
};

/** Statuses in which the municipality may still edit its declaration and its documents. */
export const EDITABLE_ACCESSION_STATUSES: readonly AccessionStatus[] = ["draft", "returned"];

/** Open declarations: a municipality has at most one. */
export const OPEN_ACCESSION_STATUSES: readonly AccessionStatus[] = [
  "draft",
  "submitted",
  "returned",
];

/** The statuses `action` may start from. */
export function accessionActionFrom(action: AccessionAction): readonly AccessionStatus[] {
  return TRANSITIONS[action].from;
}

/** The status after `action` from `status`, or null when the action is not allowed then. */
export function nextAccessionStatus(
  status: AccessionStatus,
  action: AccessionAction,
): AccessionStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The actions allowed from `status` (e.g. to show only the buttons that will work). */
export function allowedAccessionActions(status: AccessionStatus): AccessionAction[] {
  return ACCESSION_ACTIONS.filter((action) => nextAccessionStatus(status, action) !== null);
}

export function isAccessionEditable(status: AccessionStatus): boolean {
  return EDITABLE_ACCESSION_STATUSES.includes(status);
}

/**
 * The formal defects a declaration may be returned for. Only these: the secretariat checks
 * the form, it does not judge the accession.
 */
export const ACCESSION_DEFECTS = [
  "document_missing_or_illegible",
  "decision_data_mismatch",
  "signatory_not_authorised",
  "other_formal_defect",
] as const;
export type AccessionDefect = (typeof ACCESSION_DEFECTS)[number];
