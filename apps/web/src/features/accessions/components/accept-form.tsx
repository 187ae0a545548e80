// Accept a submitted declaration: the notification date (default today, never in the
// future nor before the decision), then one click does everything in one transaction.
import { type Accession, acceptAccessionBody } from "@cni/contracts/accessions";
import { athensToday } from "@cni/domain/dates";
import { Alert, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { useAcceptAccession } from "../api/accept-accession";
import { notify } from "../utils/notify";

export function AcceptForm({ accession }: { accession: Accession }) {
  const { t, i18n } = useTranslation(["accessions", "forms"]);
  const today = athensToday();
  const decisionDate = accession.councilDecision.date;
  const [notifiedOn, setNotifiedOn] = useState(today);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const accept = useAcceptAccession();

  function check(value: string): string | null {
    if (!acceptAccessionBody.safeParse({ notifiedOn: value }).success) return t("forms:invalid");
    if (value > today) return t("rules.NOTIFIED_IN_FUTURE");
    if (value < decisionDate) return t("rules.NOTIFIED_BEFORE_DECISION");
    return null;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = check(notifiedOn);
    setFieldError(problem);
    if (problem) return;
    try {
      await accept.mutateAsync({ id: accession.id, notifiedOn });
      notify(t, t("detail.accepted"), "green");
    } catch (error) {
      const field = isApiError(error)
        ? error.errors.find((e) => e.path === "notifiedOn")
        : undefined;
      if (field?.code) setFieldError(t(`rules.${field.code}`, { defaultValue: field.message }));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="accept-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="accept-title">
          {t("detail.accept")}
        </Title>
        <Text size="sm">{t("detail.acceptHint")}</Text>
        <TextInput
          type="date"
          label={t("detail.notifiedOn")}
          description={t("detail.notifiedOnHint", {
            date: formatDate(decisionDate, i18n.language),
          })}
          required
          max={today}
          min={decisionDate}
          value={notifiedOn}
          onChange={(event) => {
            setNotifiedOn(event.currentTarget.value);
            setFieldError(null);
          }}
          error={fieldError}
          maw={260}
        />
        {accept.isError && !fieldError && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, accept.error, "accessions")}
          </Alert>
        )}
        <div>
          <Button type="submit" color="teal.9" loading={accept.isPending}>
            {t("detail.acceptConfirm")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
