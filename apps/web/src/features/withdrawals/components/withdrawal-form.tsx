// Step 1 of a withdrawal: the draft written declaration with its council decision (number,
// date, ΑΔΑ). The officer files it for its own municipality, a coordinator for any member.
// Nothing is notified yet: the signed declaration is attached and notified on the next page.

import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormDateField } from "@/components/form-date-field";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formResolver, serverFieldMessage } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { collator } from "@/lib/text";
import { useCreateWithdrawal } from "../api/create-withdrawal";
import {
  toWithdrawalCreate,
  type WithdrawalFormValues,
  withdrawalFormSchema,
} from "../utils/form-schema";

type Props = {
  today: string;
  /** Coordinators choose any member. */
  coordinator: boolean;
  /** The officer's municipality (fixed), or the coordinator's preselection. */
  municipality: { id: string; nameEl: string; nameEn: string } | null;
};

export function WithdrawalForm({ today, coordinator, municipality }: Props) {
  const { t, i18n } = useTranslation(["withdrawals", "forms"]);
  const language = i18n.language;
  const navigate = useNavigate();
  const schema = useMemo(() => withdrawalFormSchema(today), [today]);
  const form = useForm<WithdrawalFormValues>({
    resolver: formResolver(schema, t, "withdrawals:validation"),
    defaultValues: {
      municipalityId: municipality?.id ?? "",
      councilDecision: { number: "", date: "", diavgeiaAda: "" },
      reason: "",
    },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const create = useCreateWithdrawal();
  const options = useMunicipalities({ status: ["member"] }, { enabled: coordinator });
  const selectData = useMemo(
    () =>
      (options.data?.items ?? [])
        .map((m) => ({ value: m.id, label: municipalityName(m, language) }))
        .sort((a, b) => collator(language).compare(a.label, b.label)),
    [options.data, language],
  );

  // A problem's field error, worded by its code: the API's own codes, else the form's rules
  // and zod's codes through the one form-error mapper (never the API's English message).
  const serverMessage = (code: string | undefined) =>
    (code && t(`errors.code.${code}`, { defaultValue: "" })) ||
    serverFieldMessage(t, code, "withdrawals:validation");
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(toWithdrawalCreate(values));
      notify.success(t("form.success"));
      navigate(`/withdrawals/${encodeURIComponent(created.id)}`);
    } catch (error) {
      // Field problems go next to their field; the others show above the buttons.
      if (isApiError(error)) {
        for (const issue of error.errors) {
          setError(issue.path as FieldPath<WithdrawalFormValues>, {
            message: serverMessage(issue.code),
          });
        }
      }
    }
  });

  return (
    <ReadOnlyWhileViewing>
      <form noValidate onSubmit={submit} aria-labelledby="withdrawal-form-title">
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
                  error={errors.municipalityId?.message}
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
              label={t("form.decisionNumber")}
              description={t("form.decisionNumberDescription")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              placeholder="57/2026"
              required
              error={errors.councilDecision?.number?.message}
              {...register("councilDecision.number")}
            />
            <FormDateField
              control={control}
              name="councilDecision.date"
              label={t("form.decisionDate")}
              max={today}
              required
              error={errors.councilDecision?.date?.message}
            />
          </SimpleGrid>
          <TextInput
            label={t("form.ada")}
            description={t("form.adaDescription")}
            inputWrapperOrder={["label", "input", "description", "error"]}
            placeholder="Ψ4ΚΡΩΛ7-ΒΦΗ"
            error={errors.councilDecision?.diavgeiaAda?.message}
            {...register("councilDecision.diavgeiaAda")}
          />
          <Textarea
            label={t("form.reason")}
            description={t("form.reasonDescription")}
            inputWrapperOrder={["label", "input", "description", "error"]}
            autosize
            minRows={3}
            error={errors.reason?.message}
            {...register("reason")}
          />
          {create.isError && !(isApiError(create.error) && create.error.errors.length) && (
            <Alert color="red" role="alert">
              {errorMessage(t, create.error, "withdrawals")}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              {t("form.submit")}
            </Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t("form.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </ReadOnlyWhileViewing>
  );
}
