import { Stack } from "@mantine/core";
import {
  IconBook2,
  IconCalendarEvent,
  IconChartLine,
  IconChecklist,
  IconLogin,
  IconPencilCog,
  IconUsersGroup,
} from "@tabler/icons-react";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import classes from "./shell.module.css";

export type Icon = ComponentType<{ size?: number; "aria-hidden"?: boolean | "true" }>;

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
