// Shown instead of a page when nobody is signed in, or the user's role cannot use it.
// (The API enforces the same rules; this keeps people from pages they cannot use.)
import type { Role } from "@cni/domain/enums";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { PageSkeleton } from "@/components/page-skeleton";
import { type Session, useSession } from "@/entities/session/get-session";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { signInPath } from "@/lib/safe-redirect";

type User = NonNullable<Session["user"]>;

function Blocked({ title, text, link }: { title: string; text: string; link?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      {link}
    </Stack>
  );
}

/** Renders `children(user)` for a signed-in user of one of `roles`. */
export function RoleGate({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (user: User) => ReactNode;
}) {
  const { t } = useTranslation("accessions");
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSkeleton />;
  const user = session.data?.user ?? null;
  if (!user) {
    return (
      <Blocked
        title={t("guard.signInTitle")}
        text={t("guard.signInText")}
        link={
          <Anchor component={Link} to={signInPath(`${location.pathname}${location.search}`)}>
            {t("guard.signIn")}
          </Anchor>
        }
      />
    );
  }
  if (!roles.includes(user.role)) {
    return <Blocked title={t("guard.notAllowedTitle")} text={t("guard.notAllowedText")} />;
  }
  return <>{children(user)}</>;
}
