// Step 3: notify the written declaration to the other parties. The officer notifies it today;
// a coordinator may record a notification made on paper on an earlier day (never before the
// council decision). The resulting dates are shown before anything is sent.
import { isIsoDate } from "@cni/domain/dates";
import { withdrawalDeadline } from "@cni/domain/withdrawal";
import { Alert, Button, Paper, Stack, Text } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useNotifyWithdrawal } from "../api/notify-withdrawal";
import { notifiedOnProblem } from "../utils/form-schema";

type Props = {
  withdrawal: { id: string; councilDecision: { date: string } };
  coordinator: boolean;
  hasDeclaration: boolean;
  today: string;
};

export function NotifyWithdrawal({ withdrawal, coordinator, hasDeclaration, today }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const [notifiedOn, setNotifiedOn] = useState(today);
  const mutation = useNotifyWithdrawal();
  const decisionDate = withdrawal.councilDecision.date;
  const problem = notifiedOnProblem(notifiedOn, today, decisionDate);
  const deadline = isIsoDate(notifiedOn) && !problem ? withdrawalDeadline(notifiedOn) : null;

  return (
    <ReadOnlyWhileViewing>
      <Stack gap="sm" maw={620}>
        {coordinator && (
          <DateField
            label={t("notify.notifiedOn")}
            description={t("notify.notifiedOnDescription", {
              date: formatDate(decisionDate, i18n.language),
            })}
            inputWrapperOrder={["label", "input", "description", "error"]}
            min={decisionDate}
            max={today}
            value={notifiedOn}
            onChange={(next) => {
              mutation.reset();
              setNotifiedOn(next ?? "");
            }}
            error={problem ? t(`validation.${problem}`) : undefined}
            data-testid="notified-on"
          />
        )}
        {deadline && (
          <Paper withBorder p="sm" aria-live="polite" data-testid="notify-preview">
            <Text size="sm">{t("notify.preview")}</Text>
            <WithdrawalDatesText fw={700} {...deadline} />
          </Paper>
        )}
        {!hasDeclaration && (
          <Alert color="orange" variant="light" styles={{ message: { color: "#8a2c00" } }}>
            {t("errors.code.DOCUMENT_REQUIRED")}
          </Alert>
        )}
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, mutation.error, "withdrawals")}
          </Alert>
        )}
        <div>
          <Button
            color="red.9"
            leftSection={<IconSend size={16} aria-hidden="true" />}
            disabled={!hasDeclaration || problem !== null}
            loading={mutation.isPending}
            onClick={() =>
              mutation.mutate(
                { id: withdrawal.id, notifiedOn: notifiedOn !== today ? notifiedOn : undefined },
                { onSuccess: () => notify.success(t("notify.success")) },
              )
            }
          >
            {t("notify.button")}
          </Button>
        </div>
      </Stack>
    </ReadOnlyWhileViewing>
  );
}
