// The one route guard: its content renders only for signed-in users of the given roles.
// Anonymous visitors go to the sign-in page and come back afterwards; signed-in users of
// another role see "not allowed" with a link to their own home. (The API enforces the same
// rules; this only keeps people from pages they cannot use.) Used as a layout route
// (renders the child routes) or around a page's content (`children`, or a function of the
// signed-in user).
import type { SessionUser } from "@cni/contracts/auth";
import type { Role } from "@cni/domain/enums";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { PageSkeleton } from "@/components/page-skeleton";
import { signInPath } from "@/lib/safe-redirect";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useSession } from "./get-session";
import { homePathFor } from "./home";
import { isSigningOut, sessionHasExpired } from "./session-cache";

function NotAllowed({ home }: { home: string }) {
  const { t } = useTranslation("common");
  useDocumentTitle(t("guard.title"));
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t("guard.title")}</Title>
      <Text>{t("guard.text")}</Text>
      <Anchor component={Link} to={home}>
        {t("guard.home")}
      </Anchor>
    </Stack>
  );
}

type Props = {
  roles: readonly Role[];
  children?: ReactNode | ((user: SessionUser) => ReactNode);
};

export function RequireRole({ roles, children }: Props) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSkeleton />;
  const user = session.data?.user ?? null;
  if (!user) {
    // signing out: the header is taking the user home
    if (isSigningOut()) return null;
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={signInPath(here, sessionHasExpired() ? "expired" : undefined)} replace />;
  }
  if (!roles.includes(user.role)) return <NotAllowed home={homePathFor(user)} />;
  if (children === undefined) return <Outlet />;
  return <>{typeof children === "function" ? children(user) : children}</>;
}

export function CoordinatorsOnly() {
  return <RequireRole roles={["coordinator"]} />;
}

export function MunicipalUsersOnly() {
  return <RequireRole roles={["officer", "representative"]} />;
}
