// On a municipality's page, for coordinators: the municipality's active officers and
// representatives, each with "View as" (docs/decisions/113-view-as.md), to see the portal as
// the person on the phone sees it.
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "@/entities/session/get-session";
import { useUsers } from "../api/get-users";
import { ViewAsButton } from "./view-as-button";

function Accounts({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation("users");
  const query = useUsers({ municipalityId, status: "active", pageSize: 50 });
  const people = (query.data?.items ?? []).filter(
    (u) => u.role === "officer" || u.role === "representative",
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="municipality-accounts">
      <Title order={2} size="h4" id="municipality-accounts" mb="xs">
        {t("municipalityAccounts.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("municipalityAccounts.help")}
      </Text>
      {query.isSuccess && people.length === 0 ? (
        <Text size="sm">{t("municipalityAccounts.none")}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {people.map((person) => (
            <li key={person.id}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  <strong>{person.name}</strong> · {t(`roles.${person.role}`)}
                </Text>
                <ViewAsButton user={person} />
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <Anchor
        component={Link}
        to={`/admin/users?municipality=${encodeURIComponent(municipalityId)}`}
        size="sm"
        mt="sm"
        display="inline-block"
      >
        {t("municipalityAccounts.all")}
      </Anchor>
    </Paper>
  );
}

export function MunicipalityAccounts({ municipalityId }: { municipalityId: string }) {
  const user = useSession().data?.user;
  if (user?.role !== "coordinator") return null;
  return <Accounts municipalityId={municipalityId} />;
}
