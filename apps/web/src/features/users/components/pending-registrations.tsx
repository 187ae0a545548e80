// The registrations waiting for a coordinator: who registered for which municipality, and
// the municipality's switchboard to call (or a search link when none is on file). Verify,
// or refuse with a reason that the person is told.
import type { UserAccount } from "@cni/contracts/users";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "@/components/confirm-action";
import { municipalityName } from "@/entities/municipality/name";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useUsers } from "../api/get-users";
import { useRefuseUser, useVerifyUser } from "../api/verify-user";

function municipalityOf(user: UserAccount, language: string): string {
  return user.municipality ? municipalityName(user.municipality, language) : "—";
}

function Switchboard({ user }: { user: UserAccount }) {
  const { t, i18n } = useTranslation("users");
  const phone = user.official?.phone;
  if (phone) {
    return (
      <Text size="sm">
        {t("pending.switchboard")}:{" "}
        <Anchor href={`tel:${phone.replace(/\s/g, "")}`}>{phone}</Anchor>
      </Text>
    );
  }
  const query = `${municipalityOf(user, "el")} τηλεφωνικό κέντρο`;
  return (
    <Text size="sm">
      {t("pending.noNumber")}{" "}
      <Anchor
        href={`https://www.google.com/search?q=${encodeURIComponent(query)}`}
        target="_blank"
        rel="noreferrer noopener"
        lang={i18n.language}
      >
        {t("pending.searchNumber")}
      </Anchor>
    </Text>
  );
}

function RefuseDialog({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const { t } = useTranslation("users");
  const refuse = useRefuseUser();
  const [reason, setReason] = useState("");
  const tooShort = reason.trim().length < 3;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("pending.refuseTitle", { name: user.name })}
      closeButtonProps={{ "aria-label": t("closeDialog") }}
    >
      <Stack gap="md">
        <Textarea
          label={t("pending.reason")}
          description={t("pending.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          minRows={3}
          autosize
          required
          data-autofocus
        />
        {refuse.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, refuse.error, "users")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("actions.cancel")}
          </Button>
          <Button
            color="red"
            disabled={tooShort}
            loading={refuse.isPending}
            onClick={() =>
              refuse.mutate(
                { id: user.id, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notify.success(t("pending.refused", { name: user.name }));
                    onClose();
                  },
                },
              )
            }
          >
            {t("pending.refuse")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PendingRegistrations() {
  const { t, i18n } = useTranslation("users");
  const language = i18n.language;
  const pending = useUsers({ verification: "pending", role: "officer", pageSize: 100 });
  const verify = useVerifyUser();
  const [refusing, setRefusing] = useState<UserAccount | null>(null);
  const items = (pending.data?.items ?? []).filter((u) => u.active);

  return (
    <Stack gap="sm" component="section" aria-labelledby="pending-registrations">
      <Group gap="sm">
        <Title order={2} id="pending-registrations">
          {t("pending.title")}
        </Title>
        <Badge color={items.length ? "orange" : "gray"} variant="light">
          {items.length}
        </Badge>
      </Group>
      <Text size="sm">{t("pending.intro")}</Text>
      {pending.isSuccess && items.length === 0 && <Text c="dimmed">{t("pending.none")}</Text>}
      {items.map((user) => (
        <Card key={user.id} withBorder padding="md" data-testid="pending-registration">
          <Stack gap={4}>
            <Text fw={600}>
              {user.name} — {municipalityOf(user, language)}
            </Text>
            <Text size="sm">
              {user.email}
              {user.position ? ` · ${user.position}` : ""}
            </Text>
            <Text size="sm" c="dimmed">
              {t("pending.registeredAt", { at: formatDateTime(user.createdAt, language) })}
              {user.official ? ` · ${t("pending.code", { code: user.official.code })}` : ""}
            </Text>
            <Switchboard user={user} />
            <Group gap="sm" mt="xs">
              <ConfirmAction
                label={t("pending.verify")}
                title={t("pending.verifyTitle", { name: user.name })}
                text={t("pending.verifyText", { municipality: municipalityOf(user, language) })}
                confirmLabel={t("pending.verify")}
                cancelLabel={t("actions.cancel")}
                namespace="users"
                pending={verify.isPending}
                error={verify.error}
                onOpen={() => verify.reset()}
                onConfirm={() =>
                  verify
                    .mutateAsync(user.id)
                    .then(() => notify.success(t("pending.verified", { name: user.name })))
                }
              />
              <Button variant="outline" color="red" onClick={() => setRefusing(user)}>
                {t("pending.refuse")}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {refusing && <RefuseDialog user={refusing} onClose={() => setRefusing(null)} />}
    </Stack>
  );
}
