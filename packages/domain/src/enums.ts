// The enum values of the API contract (see design/API.md). Each is an `as const` array so
// the same list drives validation, UI pickers and the union type.

export const MEMBERSHIP_STATUSES = [
  "none",
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
  "accepted",
  "withdrawn",
] as const;
export type AccessionStatus = (typeof ACCESSION_STATUSES)[number];

export const WITHDRAWAL_STATUSES = ["pending", "effective", "rescinded"] as const;
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
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const PILLARS = ["employability", "municipal_structures", "inclusion"] as const;
export type Pillar = (typeof PILLARS)[number];

export const AMENDMENT_STATUSES = [
  "proposed",
  "under_discussion",
  "adopted",
  "rejected",
  "withdrawn",
] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

export const ACTIVITY_STATUSES = ["planned", "ongoing", "completed", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const VISIBILITIES = ["public", "members"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const NOTICE_KINDS = ["accession", "withdrawal", "amendment", "review"] as const;
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
