import type { MembershipStatus } from "@cni/domain/enums";

/** Badge colours: dark text on a light tint, each pair ≥ 6.9:1 (WCAG AA needs 4.5:1). */
export const STATUS_BADGE: Record<MembershipStatus, { color: string; background: string }> = {
  member: { color: "#1b5e20", background: "#e6f4e8" },
  applicant: { color: "#7a4100", background: "#fff3d6" },
  withdrawing: { color: "#8a2c00", background: "#ffe8d9" },
  former: { color: "#343a40", background: "#e9ecef" },
  none: { color: "#495057", background: "#f1f3f5" },
};

/** Map marker fills (graphics need ≥ 3:1 against the map: all of these pass on white). */
export const STATUS_MARKER: Record<MembershipStatus, string> = {
  member: "#2e7d32",
  applicant: "#d9480f",
  withdrawing: "#a61e4d",
  former: "#495057",
  none: "#495057",
};
