// Route guard: a layout route that lets its children render only for signed-in users of
// the given roles. Anonymous visitors go to the sign-in page and come back afterwards;
// signed-in users of another role see "not allowed". (The API enforces the same rules;
// this only keeps people from pages they cannot use.)
import type { Role } from "@cni/domain/enums";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { PageSkeleton } from "@/components/page-skeleton";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { signInPath } from "@/lib/safe-redirect";
import { useSession } from "@/entities/session/get-session";
import { isSigningOut, sessionHasExpired } from "@/entities/session/session-cache";
import { homePathFor } from "@/entities/session/home";

function NotAllowed({ home }: { home: string }) {
  const { t } = useTranslation("auth");
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

export function RequireRole({ roles }: { roles: readonly Role[] }) {
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
  return <Outlet />;
}

export function CoordinatorsOnly() {
  return <RequireRole roles={["coordinator"]} />;
}

export function MunicipalUsersOnly() {
  return <RequireRole roles={["officer", "representative"]} />;
}
