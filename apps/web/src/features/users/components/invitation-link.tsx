// The invitation link, shown once to the coordinator (only its hash is stored): to copy
// and give to the person.
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "@/lib/format";

export function InvitationLink({
  url,
  expiresAt,
  name,
  emailed,
}: {
  url: string;
  expiresAt: string;
  name: string;
  emailed?: boolean;
}) {
  const { t, i18n } = useTranslation("users");
  return (
    <Stack gap="sm">
      <Alert color="green" role="status">
        {t("link.ready", { name })}
      </Alert>
      <TextInput
        label={t("link.label")}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="invitation-url"
      />
      <Group gap="sm">
        <CopyButton value={url} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              color={copied ? "teal" : "blue"}
              leftSection={
                copied ? (
                  <IconCheck size={16} aria-hidden="true" />
                ) : (
                  <IconCopy size={16} aria-hidden="true" />
                )
              }
            >
              {copied ? t("link.copied") : t("link.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">{t("link.expires", { date: formatDateTime(expiresAt, i18n.language) })}</Text>
      <Text size="sm" c="dimmed">
        {emailed ? t("link.emailed") : t("link.onlyOnce")}
      </Text>
    </Stack>
  );
}
