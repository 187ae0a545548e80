// Circulate a submitted declaration to the parties («κοινοποίηση στα μέρη»). The
// coordinators act as the network's secretariat: accession is by declaration, nobody
// accepts it. The date (default today, never in the future nor before the decision) is
// checked here and by the API; a confirmation dialog says what will happen, because it
// cannot be undone: every party is notified and the municipality is a party from that day.
import { type Accession, notifyAccessionBody } from "@cni/contracts/accessions";
import { athensToday } from "@cni/domain/dates";
import { Alert, Button, Group, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { municipalityName } from "@/entities/municipality/name";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useNotifyAccession } from "../api/notify-accession";

export function NotifyForm({ accession }: { accession: Accession }) {
  const { t, i18n } = useTranslation(["accessions", "forms"]);
  const today = athensToday();
  const decisionDate = accession.councilDecision.date;
  const [notifiedOn, setNotifiedOn] = useState(today);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useNotifyAccession();
  const name = municipalityName(accession.municipality, i18n.language);
  const date = formatDate(notifiedOn, i18n.language);

  function check(value: string): string | null {
    if (!notifyAccessionBody.safeParse({ notifiedOn: value }).success) return t("forms:invalid");
    if (value > today) return t("rules.NOTIFIED_IN_FUTURE");
    if (value < decisionDate) return t("rules.NOTIFIED_BEFORE_DECISION");
    return null;
  }

  function ask() {
    const problem = check(notifiedOn);
    setFieldError(problem);
    if (problem) return;
    mutation.reset();
    open();
  }

  async function confirm() {
    try {
      const result = await mutation.mutateAsync({ id: accession.id, notifiedOn });
      close();
      notify.success(t("detail.notified", { count: result.noticesSent }));
    } catch (error) {
      const field = isApiError(error)
        ? error.errors.find((e) => e.path === "notifiedOn")
        : undefined;
      if (field?.code) {
        close();
        setFieldError(t(`rules.${field.code}`, { defaultValue: field.message }));
      }
    }
  }

  return (
    <Stack gap="sm" aria-labelledby="notify-title" component="section">
      <Title order={3} size="h4" id="notify-title">
        {t("detail.notify")}
      </Title>
      <Text size="sm">{t("detail.notifyHint")}</Text>
      <DateField
        label={t("detail.notifiedOn")}
        description={t("detail.notifiedOnHint", { date: formatDate(decisionDate, i18n.language) })}
        required
        max={today}
        min={decisionDate}
        value={notifiedOn}
        onChange={(next) => {
          setNotifiedOn(next ?? "");
          setFieldError(null);
        }}
        error={fieldError}
        maw={260}
      />
      <div>
        <Button color="teal.9" onClick={ask}>
          {t("detail.notifyButton")}
        </Button>
      </div>
      <Modal
        opened={opened}
        onClose={close}
        title={t("detail.notifyConfirmTitle")}
        centered
        closeButtonProps={{ "aria-label": t("my.cancel") }}
      >
        <Text mb="xs">{t("detail.notifyConfirmText", { name, date })}</Text>
        <List size="sm" mb="md" spacing={4}>
          <List.Item>{t("detail.notifyConsequenceParties", { date })}</List.Item>
          <List.Item>{t("detail.notifyConsequenceMember", { name, date })}</List.Item>
          <List.Item>
            {accession.representative && accession.alternate
              ? t("detail.notifyConsequenceDesignations")
              : t("detail.notifyConsequenceToDesignate")}
          </List.Item>
        </List>
        <Text size="sm" c="dimmed" mb="md">
          {t("detail.notifyIrreversible")}
        </Text>
        {mutation.isError && (
          <Alert color="red" role="alert" mb="md">
            {errorMessage(t, mutation.error, "accessions")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("my.cancel")}
          </Button>
          <Button color="teal.9" loading={mutation.isPending} onClick={confirm}>
            {t("detail.notifyConfirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
