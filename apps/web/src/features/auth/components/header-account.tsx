// The account corner of the header: who is signed in and "Sign out", or "Sign in".
// Loaded lazily after the shell. It also watches for an expired session (see
// use-session-expiry.ts), since it is on every page.
import { ActionIcon, Anchor, Button, Group } from "@mantine/core";
import { IconLogin, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { getSessionQueryKey, useSession } from "@/entities/session/get-session";
import { applySignedOut, isSigningOut, setSigningOut } from "@/entities/session/session-cache";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { signInPath } from "@/lib/safe-redirect";
import { useLogout } from "../api/logout";
import { useSessionExpiry } from "./use-session-expiry";

export default function HeaderAccount() {
  const { t } = useTranslation("auth");
  const session = useSession();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  useSessionExpiry();

  const finishSignOut = () => {
    setSigningOut(false);
    // a fresh anonymous CSRF token for the public forms
    void queryClient.invalidateQueries({ queryKey: getSessionQueryKey() });
  };
  // Home after signing out: the guards may act again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes
  useEffect(() => {
    if (isSigningOut() && location.pathname === "/" && !session.data?.user) finishSignOut();
  }, [location.pathname]);

  const user = session.data?.user ?? null;
  if (session.isPending) return null;

  if (!user) {
    if (location.pathname === "/sign-in") return null;
    return (
      <Button
        component={Link}
        to={signInPath(`${location.pathname}${location.search}`)}
        variant="subtle"
        size="compact-sm"
        leftSection={<IconLogin size={16} aria-hidden="true" />}
      >
        {t("header.signIn")}
      </Button>
    );
  }

  const signOut = () => {
    // While signing out, guards do not send the user to sign-in and 401s are expected.
    setSigningOut(true);
    logout.mutate(undefined, {
      onSuccess: () => {
        applySignedOut(queryClient);
        if (location.pathname === "/") finishSignOut();
        else void navigate("/", { replace: true });
        notify.success(t("header.signedOut"));
      },
      onError: (error) => {
        setSigningOut(false);
        notify.error(errorMessage(t, error));
      },
    });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      {/* the person's name leads to their account page (name, password) */}
      <Anchor
        component={Link}
        to="/account"
        size="sm"
        visibleFrom="md"
        data-testid="header-user"
        title={t("header.account")}
      >
        {user.name} · {t(`roles.${user.role}`)}
      </Anchor>
      <ActionIcon
        component={Link}
        to="/account"
        variant="subtle"
        hiddenFrom="md"
        aria-label={t("header.account")}
      >
        <IconUserCircle size={20} aria-hidden="true" />
      </ActionIcon>
      <Button
        variant="default"
        size="compact-sm"
        onClick={signOut}
        loading={logout.isPending}
        visibleFrom="sm"
        leftSection={<IconLogout size={16} aria-hidden="true" />}
      >
        {t("header.signOut")}
      </Button>
      {/* narrow screens: icons only, so the network's name keeps its room */}
      <ActionIcon
        variant="default"
        onClick={signOut}
        loading={logout.isPending}
        hiddenFrom="sm"
        aria-label={t("header.signOut")}
      >
        <IconLogout size={18} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
