// The "Notices" entry of the navigation, with the number of notices not acknowledged yet:
// for officers and representatives their municipality's; for coordinators those addressed
// to the coordinators (registrations to verify), not the parties'.
// Loaded lazily by the shell, which passes its own link component so the entry looks like
// the others.
import { Badge } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import type { ComponentType, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useSession } from "@/entities/session/get-session";
import { useNotices } from "../api/get-notices";

export type NavLinkRenderer = ComponentType<{
  to: string;
  label: ReactNode;
  icon: ComponentType<{ size?: number; "aria-hidden"?: boolean | "true" }>;
  current: boolean;
}>;

export default function NoticesNavLink({ NavItem }: { NavItem: NavLinkRenderer }) {
  const { t } = useTranslation("notices");
  const { pathname } = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const isMunicipal = user?.role === "officer" || user?.role === "representative";
  const isCoordinator = user?.role === "coordinator";
  const notices = useNotices(isCoordinator ? { addressedTo: "coordinators" } : {}, {
    enabled: Boolean(isMunicipal || isCoordinator),
    refetchInterval: 60_000,
  });
  if (!user) return null;
  const count = notices.data?.unacknowledged ?? 0;
  return (
    <NavItem
      to="/notices"
      icon={IconBell}
      current={pathname === "/notices"}
      label={
        <>
          {t("nav.notices")}
          {count > 0 && (
            <Badge
              size="sm"
              color="red.9"
              ml={6}
              data-testid="notices-badge"
              aria-label={t("nav.unacknowledged", { count })}
            >
              {count}
            </Badge>
          )}
        </>
      }
    />
  );
}
