// The enum values of the API contract (docs/domain.md explains what each means). Each is
// an `as const` array so the same list drives validation, UI pickers and the union type.

export const MEMBERSHIP_STATUSES = [
  "none",
  // One of the 16 members that acceded "on or before 2024-06-17", asked about a day between
  // the network's founding and that date: the source does not say. Never "not a member".
  "unknown",
  "applicant",
  "member",
  "withdrawing",
  "former",
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const ROLES = ["coordinator", "officer", "representative"] as const;
export type Role = (typeof ROLES)[number];

export const ACCESSION_STATUSES = [
  "draft",
  "submitted",
  "returned",
  "notified",
  "withdrawn",
] as const;
export type AccessionStatus = (typeof ACCESSION_STATUSES)[number];

// draft: filed with its council decision, not yet notified; pending: notified, the
// municipality is still a party through lastDayAsParty; effective: from effectiveOn;
// rescinded: revoked by a new council decision before it took effect.
export const WITHDRAWAL_STATUSES = ["draft", "pending", "effective", "rescinded"] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

export const ACTIVITY_TYPES = [
  "good_practice_exchange",
  "operational_capacity",
  "study_visit",
  "funding",
  "policy_proposal",
  "field_research_pilot",
  "event",
  "public_information",
  // The MoU lists the eight kinds above «ενδεικτικά και όχι περιοριστικά» (indicative, not
  // exhaustive), so an activity of another kind must have somewhere to go.
  "other",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const PILLARS = ["employability", "municipal_structures", "inclusion"] as const;
export type Pillar = (typeof PILLARS)[number];

// proposed → circulated (parties frozen) → adopted | not_adopted, computed from the parties'
// answers (see amendment-outcome.ts); the proposer may withdraw it before an outcome.
export const AMENDMENT_STATUSES = [
  "proposed",
  "circulated",
  "adopted",
  "not_adopted",
  "withdrawn",
] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const ACTIVITY_STATUSES = ["planned", "ongoing", "completed", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const VISIBILITIES = ["public", "members"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** "registration": addressed to the coordinators (a registered officer to verify). */
export const NOTICE_KINDS = [
  "accession",
  "withdrawal",
  "amendment",
  "review",
  "registration",
  "designation",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const REVIEW_STATUSES = ["upcoming", "open", "overdue", "closed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DESIGNATION_ROLES = ["representative", "alternate"] as const;
export type DesignationRole = (typeof DESIGNATION_ROLES)[number];

/** Type guard for any of the lists above, e.g. `isOneOf(PILLARS, query.pillar)`. */
export function isOneOf<const T extends readonly string[]>(
  values: T,
  value: unknown,
): value is T[number] {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
