// Membership and accession statuses: their badge tones and map colours, once for the portal.
import type { AccessionStatus, MembershipStatus } from "@cni/domain/enums";
import type { Tone } from "@/components/status-badge";

export const MEMBERSHIP_STATUS_TONE: Record<MembershipStatus, Tone> = {
  member: "success",
  applicant: "pending",
  withdrawing: "warning",
  former: "neutral",
  // a member "on or before 2024-06-17" asked about an earlier day: the source does not say
  unknown: "info",
  none: "muted",
};

/** Map marker fills (graphics need ≥ 3:1 against the map: all of these pass on white). */
export const MEMBERSHIP_STATUS_MARKER: Record<MembershipStatus, string> = {
  member: "#2e7d32",
  applicant: "#d9480f",
  withdrawing: "#a61e4d",
  former: "#495057",
  unknown: "#1864ab",
  none: "#495057",
};

export const ACCESSION_STATUS_TONE: Record<AccessionStatus, Tone> = {
  draft: "muted",
  submitted: "info",
  returned: "danger",
  notified: "success",
  withdrawn: "neutral",
};
