import type { Role } from "@cni/domain/enums";
import { Stack } from "@mantine/core";
import {
  IconBellRinging,
  IconBook2,
  IconCalendarEvent,
  IconChartLine,
  IconChecklist,
  IconDoorExit,
  IconFileCertificate,
  IconGauge,
  IconHistory,
  IconHome,
  IconLogin,
  IconPencilCog,
  IconUserCog,
  IconUsersGroup,
} from "@tabler/icons-react";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import classes from "./shell.module.css";

type Icon = ComponentType<{ size?: number; "aria-hidden"?: boolean | "true" }>;

export type Item = {
  to: string;
  labelKey: string;
  icon: Icon;
  /** Other paths that belong to this section (e.g. a municipality page to Members). */
  alsoActive?: (pathname: string) => boolean;
};

/** The sections of the portal, in the order of the navigation. */
const SECTIONS: Item[] = [
  {
    to: "/municipalities",
    labelKey: "nav.members",
    icon: IconUsersGroup,
    alsoActive: (p) => p === "/",
  },
  { to: "/network", labelKey: "nav.network", icon: IconChartLine },
  {
    to: "/activities",
    labelKey: "nav.activities",
    icon: IconCalendarEvent,
    alsoActive: (p) => p.startsWith("/pillars/"),
  },
  { to: "/reviews", labelKey: "nav.reviews", icon: IconChecklist },
  { to: "/amendments", labelKey: "nav.amendments", icon: IconPencilCog },
  { to: "/mou", labelKey: "nav.mou", icon: IconBook2 },
];

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

export function isActive(item: Item, pathname: string): boolean {
  return (
    pathname === item.to ||
    pathname.startsWith(`${item.to}/`) ||
    (item.alsoActive?.(pathname) ?? false)
  );
}

export function NavItem({
  to,
  label,
  icon: Icon,
  current,
}: {
  to: string;
  label: ReactNode;
  icon: Icon;
  current: boolean;
}) {
  return (
    <Link to={to} className={classes.navLink} aria-current={current ? "page" : undefined}>
      <Icon size={20} aria-hidden="true" />
      <span>{label}</span>
    </Link>
  );
}

const AccountLink = lazy(() => import("./account-link"));

export function SignInLink() {
  const { t } = useTranslation("common");
  const { pathname } = useLocation();
  return (
    <NavItem
      to="/sign-in"
      label={t("nav.signIn")}
      icon={IconLogin}
      current={pathname === "/sign-in"}
    />
  );
}

export function MainNav() {
  const { t } = useTranslation("common");
  const { pathname } = useLocation();

  return (
    <Stack gap={4}>
      {SECTIONS.map((item) => (
        <NavItem
          key={item.to}
          to={item.to}
          label={t(item.labelKey)}
          icon={item.icon}
          current={isActive(item, pathname)}
        />
      ))}
      <hr className={classes.divider} />
      <Suspense fallback={<SignInLink />}>
        <AccountLink />
      </Suspense>
    </Stack>
  );
}
