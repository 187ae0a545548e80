// "Record the revocation": the municipality revokes its notified declaration by a new council
// decision (number, date, ΑΔΑ and its PDF), possible through its last day as a party. The
// portal records the act and notifies it to the parties.

import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowBackUp, IconFileTypePdf } from "@tabler/icons-react";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormDateField } from "@/components/form-date-field";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { formResolver } from "@/lib/form-errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useRescindWithdrawal } from "../api/rescind-withdrawal";
import { type RescindFormValues, rescindFormSchema } from "../utils/form-schema";

type Props = {
  withdrawal: { id: string; lastDayAsParty: string | null; councilDecision: { date: string } };
  /** The municipality's full name, for the question. */
  municipalityName: string;
  today: string;
  size?: "xs" | "sm" | "md";
};

export function RescindWithdrawalButton({
  withdrawal,
  municipalityName,
  today,
  size = "sm",
}: Props) {
  const { t, i18n } = useTranslation(["withdrawals", "forms"]);
  const [opened, { open, close }] = useDisclosure(false);
  const rescind = useRescindWithdrawal();
  const schema = useMemo(
    () => rescindFormSchema(today, withdrawal.councilDecision.date),
    [today, withdrawal.councilDecision.date],
  );
  const form = useForm<RescindFormValues>({
    resolver: formResolver(schema, t, "withdrawals:validation"),
    defaultValues: { decision: { number: "", date: "", diavgeiaAda: "" }, file: null },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, formState, reset } = form;

  const submit = handleSubmit((values) => {
    if (!values.file) return;
    rescind.mutate(
      {
        id: withdrawal.id,
        decisionNumber: values.decision.number.trim(),
        decisionDate: values.decision.date,
        diavgeiaAda: values.decision.diavgeiaAda.trim() || undefined,
        file: values.file,
      },
      {
        onSuccess: () => {
          close();
          notify.success(t("rescind.success"));
        },
      },
    );
  });

  return (
    <>
      <ReadOnlyWhileViewing>
        <Button
          variant="outline"
          color="red.9"
          size={size}
          leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
          onClick={() => {
            rescind.reset();
            reset();
            open();
          }}
        >
          {t("rescind.button")}
        </Button>
      </ReadOnlyWhileViewing>
      <Modal
        opened={opened}
        onClose={close}
        title={t("rescind.title")}
        centered
        size="lg"
        closeButtonProps={{ "aria-label": t("close") }}
      >
        <ReadOnlyWhileViewing>
          <form noValidate onSubmit={submit} data-testid="rescind-form">
            <Stack gap="md">
              <Text>
                {t("rescind.text", {
                  name: municipalityName,
                  date: withdrawal.lastDayAsParty
                    ? formatDate(withdrawal.lastDayAsParty, i18n.language)
                    : "",
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t("rescind.decisionNumber")}
                  inputWrapperOrder={["label", "input", "description", "error"]}
                  placeholder="88/2026"
                  required
                  data-autofocus
                  error={formState.errors.decision?.number?.message}
                  {...register("decision.number")}
                />
                <FormDateField
                  control={control}
                  name="decision.date"
                  label={t("rescind.decisionDate")}
                  max={today}
                  required
                  error={formState.errors.decision?.date?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t("form.ada")}
                description={t("form.adaDescription")}
                inputWrapperOrder={["label", "input", "description", "error"]}
                placeholder="Ψ4ΚΡΩΛ7-ΒΦΗ"
                error={formState.errors.decision?.diavgeiaAda?.message}
                {...register("decision.diavgeiaAda")}
              />
              <Controller
                control={control}
                name="file"
                render={({ field }) => (
                  <FileInput
                    label={t("rescind.file")}
                    description={t("form.fileDescription")}
                    inputWrapperOrder={["label", "input", "description", "error"]}
                    placeholder={t("form.filePlaceholder")}
                    styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
                    accept="application/pdf,.pdf"
                    required
                    clearable
                    clearButtonProps={{ "aria-label": t("form.clearFile") }}
                    leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
                    value={field.value ?? null}
                    onChange={(file) => field.onChange(file)}
                    onBlur={field.onBlur}
                    error={formState.errors.file?.message}
                    data-testid="rescind-file"
                  />
                )}
              />
              {rescind.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(t, rescind.error, "withdrawals")}
                </Alert>
              )}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={close}>
                  {t("rescind.cancel")}
                </Button>
                <Button type="submit" color="red.9" loading={rescind.isPending}>
                  {t("rescind.confirm")}
                </Button>
              </Group>
            </Stack>
          </form>
        </ReadOnlyWhileViewing>
      </Modal>
    </>
  );
}
