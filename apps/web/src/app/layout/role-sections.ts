// The sections of signed-in roles: only account-link.tsx (a lazy chunk) reads them, so
// their icons stay out of the entry chunk (initial JS budget).
import type { Role } from "@cni/domain/enums";
import {
  IconBellRinging,
  IconDoorExit,
  IconFileCertificate,
  IconGauge,
  IconHistory,
  IconHome,
  IconUserCog,
} from "@tabler/icons-react";
import type { Item } from "./main-nav";

/**
 * Sections for signed-in users of some roles, shown by account-link.tsx once the session
 * is known. `labelKey` may name another namespace ("auth:nav.users"). Add yours here.
 */
export const ROLE_SECTIONS: (Item & {
  roles: readonly Role[];
  /** Only for a verified account of a party (and coordinators): hidden from applicants. */
  partiesOnly?: boolean;
})[] = [
  { to: "/my", labelKey: "auth:nav.my", icon: IconHome, roles: ["officer", "representative"] },
  { to: "/admin/users", labelKey: "auth:nav.users", icon: IconUserCog, roles: ["coordinator"] },
  { to: "/admin/audit", labelKey: "auth:nav.audit", icon: IconHistory, roles: ["coordinator"] },
  {
    to: "/admin/reminders",
    labelKey: "auth:nav.reminders",
    icon: IconBellRinging,
    roles: ["coordinator"],
  },
  {
    to: "/accession",
    labelKey: "accessions:nav.myAccession",
    icon: IconFileCertificate,
    roles: ["officer"],
  },
  {
    to: "/admin/accessions",
    labelKey: "accessions:nav.review",
    icon: IconFileCertificate,
    roles: ["coordinator"],
  },
  {
    to: "/withdrawals",
    labelKey: "withdrawals:nav.withdrawals",
    icon: IconDoorExit,
    roles: ["coordinator", "officer"],
    // a municipality that is not a party has nothing to withdraw from
    partiesOnly: true,
  },
  {
    to: "/dashboard",
    labelKey: "dashboard:nav.dashboard",
    icon: IconGauge,
    roles: ["coordinator"],
  },
];
