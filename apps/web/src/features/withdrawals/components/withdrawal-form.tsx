// Filing a withdrawal: the officer for its own municipality, a coordinator for any member
// (and only a coordinator may record an earlier, paper notification). The effective date is
// shown as the dates are entered; a confirmation step comes before anything is sent.
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { collator } from "@/lib/text";
import { useCreateWithdrawal } from "../api/create-withdrawal";
import { useUploadWithdrawalDocument } from "../api/upload-withdrawal-document";
import {
  toWithdrawalCreate,
  type WithdrawalFormValues,
  withdrawalFormSchema,
} from "../utils/form-schema";
import { EffectiveDatePreview, effectiveOnFor } from "./effective-date-preview";

type Props = {
  today: string;
  /** Coordinators choose any member and may record an earlier notification date. */
  coordinator: boolean;
  /** The officer's municipality (fixed), or the coordinator's preselection. */
  municipality: { id: string; nameEl: string; nameEn: string } | null;
};

const FIELDS = ["municipalityId", "declaredOn", "notifiedOn", "reason", "file"] as const;

export function WithdrawalForm({ today, coordinator, municipality }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  const navigate = useNavigate();
  const schema = useMemo(() => withdrawalFormSchema(today), [today]);
  const form = useForm<WithdrawalFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      municipalityId: municipality?.id ?? "",
      declaredOn: today,
      // Officers never send it (the server uses today); coordinators may change it.
      notifiedOn: coordinator ? today : "",
      reason: "",
      file: null,
    },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, watch, setError, formState } = form;
  const [confirming, setConfirming] = useState<WithdrawalFormValues | null>(null);
  const create = useCreateWithdrawal();
  const upload = useUploadWithdrawalDocument();
  const options = useMunicipalities({ status: ["member"] }, { enabled: coordinator });

  const selectData = useMemo(
    () =>
      (options.data?.items ?? [])
        .map((m) => ({ value: m.id, label: municipalityName(m, language) }))
        .sort((a, b) => collator(language).compare(a.label, b.label)),
    [options.data, language],
  );
  const nameOf = (id: string) => {
    const fromOptions = options.data?.items.find((m) => m.id === id);
    const m = fromOptions ?? (municipality?.id === id ? municipality : null);
    return m ? municipalityName(m, language) : id;
  };

  const notifiedOn = watch("notifiedOn") || today;
  const fieldError = (name: (typeof FIELDS)[number]) => {
    const message = formState.errors[name]?.message;
    if (!message) return undefined;
    return t(`validation.${message}`, {
      defaultValue: t(`errors.code.${message}`, { defaultValue: message }),
    });
  };

  const submit = async (values: WithdrawalFormValues) => {
    const body = toWithdrawalCreate(values, today);
    try {
      const created = await create.mutateAsync(body);
      if (values.file) {
        try {
          await upload.mutateAsync({ id: created.id, file: values.file });
        } catch (error) {
          notify.warning(
            t("form.uploadFailed", { message: errorMessage(t, error, "withdrawals") }),
          );
        }
      }
      setConfirming(null);
      notify.success(t("form.success", { date: formatDate(created.effectiveOn, language) }));
      navigate(`/municipalities/${encodeURIComponent(created.municipalityId)}`);
    } catch (error) {
      // Field problems go next to their field (and the dialog closes); others stay in it.
      if (isApiError(error) && error.errors.length) {
        let placed = false;
        for (const issue of error.errors) {
          const name = issue.path.split(".")[0] as FieldPath<WithdrawalFormValues>;
          if ((FIELDS as readonly string[]).includes(name)) {
            setError(name, { message: issue.code ?? issue.message });
            placed = true;
          }
        }
        if (placed) setConfirming(null);
      }
    }
  };

  const pending = confirming ? effectiveOnFor(confirming.notifiedOn || today) : null;

  return (
    <>
      <form
        noValidate
        onSubmit={handleSubmit((values) => {
          create.reset();
          setConfirming(values);
        })}
        aria-labelledby="withdrawal-form-title"
      >
        <Stack gap="md">
          {coordinator ? (
            <Controller
              control={control}
              name="municipalityId"
              render={({ field }) => (
                <Select
                  label={t("form.municipality")}
                  placeholder={t("form.municipalityPlaceholder")}
                  data={selectData}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? "")}
                  onBlur={field.onBlur}
                  searchable
                  required
                  nothingFoundMessage="—"
                  error={fieldError("municipalityId")}
                  data-testid="withdrawal-municipality"
                />
              )}
            />
          ) : (
            <TextInput
              label={t("form.municipality")}
              description={t("form.municipalityFixed")}
              value={municipality ? municipalityName(municipality, language) : ""}
              readOnly
            />
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t("form.declaredOn")}
              description={t("form.declaredOnDescription")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              max={today}
              required
              error={fieldError("declaredOn")}
              {...register("declaredOn")}
            />
            {coordinator && (
              <TextInput
                type="date"
                label={t("form.notifiedOn")}
                description={t("form.notifiedOnDescription")}
                inputWrapperOrder={["label", "input", "description", "error"]}
                max={today}
                error={fieldError("notifiedOn")}
                {...register("notifiedOn")}
              />
            )}
          </SimpleGrid>

          <EffectiveDatePreview notifiedOn={notifiedOn} today={today} />

          <Textarea
            label={t("form.reason")}
            description={t("form.reasonDescription")}
            inputWrapperOrder={["label", "input", "description", "error"]}
            autosize
            minRows={3}
            error={fieldError("reason")}
            {...register("reason")}
          />

          <Controller
            control={control}
            name="file"
            render={({ field }) => (
              <FileInput
                label={t("form.file")}
                description={t("form.fileDescription")}
                inputWrapperOrder={["label", "input", "description", "error"]}
                placeholder={t("form.filePlaceholder")}
                // the default placeholder grey is 2:1 on white; "dimmed" (gray 7) passes AA
                styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
                accept="application/pdf,.pdf"
                clearable
                clearButtonProps={{ "aria-label": t("form.clearFile") }}
                leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
                value={field.value ?? null}
                onChange={(file) => field.onChange(file)}
                onBlur={field.onBlur}
                error={fieldError("file")}
              />
            )}
          />

          <Group gap="sm">
            <Button type="submit">{t("form.continue")}</Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t("form.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t("confirm.title")}
        centered
        size="lg"
        closeButtonProps={{ "aria-label": t("close") }}
      >
        {confirming && pending && (
          <Stack gap="md" data-testid="withdrawal-confirm">
            <Text>{t("confirm.text")}</Text>
            <List spacing={4} listStyleType="none" withPadding={false}>
              <List.Item>
                <Text span fw={700}>
                  {t("confirm.municipality")}:
                </Text>{" "}
                {nameOf(confirming.municipalityId)}
              </List.Item>
              <List.Item>
                <Text span fw={700}>
                  {t("confirm.declaredOn")}:
                </Text>{" "}
                {formatDate(confirming.declaredOn, language)}
              </List.Item>
              <List.Item>
                <Text span fw={700}>
                  {t("confirm.notifiedOn")}:
                </Text>{" "}
                {formatDate(confirming.notifiedOn || today, language)}
              </List.Item>
              <List.Item>
                <Text span fw={700}>
                  {t("confirm.effectiveOn")}:
                </Text>{" "}
                <time dateTime={pending} data-testid="confirm-effective-on">
                  {formatDate(pending, language, "long")}
                </time>{" "}
                ({t("rule.short")})
              </List.Item>
              <List.Item>
                <Text span fw={700}>
                  {t("confirm.file")}:
                </Text>{" "}
                {confirming.file?.name ?? t("confirm.noFile")}
              </List.Item>
            </List>
            {pending > today && (
              <Text size="sm" c="dimmed">
                {t("confirm.rescindNote", { date: formatDate(pending, language) })}
              </Text>
            )}
            {create.isError && (
              <Alert color="red" role="alert">
                {errorMessage(t, create.error, "withdrawals")}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t("confirm.back")}
              </Button>
              <Button
                color="red.9"
                loading={create.isPending || upload.isPending}
                onClick={() => void submit(confirming)}
              >
                {t("confirm.submit")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
