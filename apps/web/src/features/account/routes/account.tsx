// /account — the signed-in person's own account: name and password (issue 13).
import type { SessionUser } from "@cni/contracts/auth";
import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RequireRole } from "@/entities/session/require-role";
import { useDocumentTitle } from "@/lib/use-document-title";
import { NameForm } from "../components/name-form";
import { PasswordForm } from "../components/password-form";

const EVERY_ROLE = ["coordinator", "officer", "representative"] as const;

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
}

function Account({ user }: { user: SessionUser }) {
  const { t } = useTranslation("account");
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t("title")}</Title>
      <Text>{t("intro")}</Text>
      <Paper withBorder p="md" aria-label={t("details")}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} m={0} spacing="sm">
          <Detail label={t("email")} value={user.email} />
          <Detail label={t("role")} value={t(`roles.${user.role}`)} />
        </SimpleGrid>
      </Paper>
      {/* keyed by the name: a saved name resets the form to it */}
      <NameForm key={user.name} user={user} />
      <PasswordForm />
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation("account");
  useDocumentTitle(t("title"));
  return <RequireRole roles={EVERY_ROLE}>{(user) => <Account user={user} />}</RequireRole>;
}
