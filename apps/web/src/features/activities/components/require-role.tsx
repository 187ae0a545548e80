import type { Role } from "@cni/domain/enums";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageSkeleton } from "@/components/page-skeleton";
import { useSession } from "@/entities/session/get-session";

type Props = { roles: Role[]; title: string; children: ReactNode };

/** Shows the page to users with one of the roles; others get an explanation (the API checks too). */
export function RequireRole({ roles, title, children }: Props) {
  const { t } = useTranslation("activities");
  const session = useSession();
  if (session.isPending) return <PageSkeleton />;
  const user = session.data?.user ?? null;
  if (user && roles.includes(user.role)) return <>{children}</>;
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Text>{user ? t("access.notAllowed") : t("access.signIn")}</Text>
      <Anchor component={Link} to={user ? "/activities" : "/sign-in"}>
        {user ? t("access.back") : t("access.signInLink")}
      </Anchor>
    </Stack>
  );
}
