// Create an account (coordinator): role, and for officers and representatives their
// municipality. Representatives are designated by members, so only members are offered.
import {
  type CreateUserBody,
  type CreateUserResponse,
  createUserFields,
} from "@cni/contracts/users";
import { ROLES } from "@cni/domain/enums";
import { Alert, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorState } from "@/components/error-state";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { isApiError } from "@/lib/api-client";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { greekOptionsFilter } from "@/lib/select-filter";
import { collator } from "@/lib/text";
import { useCreateUser } from "../api/create-user";

// The API's fields and rule (createUserBody), worded through the "forms" namespace.
const createUserForm = createUserFields.superRefine((value, ctx) => {
  if (value.role !== "coordinator" && !value.municipalityId) {
    ctx.addIssue({ code: "custom", path: ["municipalityId"], params: { key: "required" } });
  }
});
type FormInput = z.input<typeof createUserForm>;
type FormOutput = z.output<typeof createUserForm>;
const FIELDS = ["email", "name", "role", "municipalityId", "position"] as const;

export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  onCreated: (result: CreateUserResponse, name: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("users");
  const language = i18n.language;
  const municipalities = useMunicipalities();
  const create = useCreateUser();
  // t is the same function across languages: the language re-words the messages
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const resolver = useMemo(() => formResolver(createUserForm, t), [t, language]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    defaultValues: { email: "", name: "", role: "officer", municipalityId: null, position: "" },
  });
  const role = form.watch("role");
  const errors = form.formState.errors;

  const municipalityOptions = useMemo(() => {
    const compare = collator(language).compare;
    return (municipalities.data?.items ?? [])
      .filter(
        (m) => role !== "representative" || m.status === "member" || m.status === "withdrawing",
      )
      .map((m) => ({
        value: m.id,
        label: municipalityName(m, language),
      }))
      .sort((a, b) => compare(a.label, b.label));
  }, [municipalities.data, language, role]);

  const onSubmit = form.handleSubmit((values) => {
    const body: CreateUserBody = {
      ...values,
      municipalityId: values.role === "coordinator" ? null : values.municipalityId,
      position: values.position || null,
    };
    create.mutate(body, {
      onSuccess: (result) => onCreated(result, values.name),
      onError: (error) => {
        if (isApiError(error) && error.code === "EMAIL_TAKEN") {
          form.setError("email", { type: "server", message: t("forms:emailTaken") });
          return;
        }
        applyServerErrors(t, error, form.setError, FIELDS);
      },
    });
  });

  const shownError =
    create.isError &&
    !(
      isApiError(create.error) &&
      (create.error.code === "EMAIL_TAKEN" || create.error.errors.length)
    );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("fields.name")}
          required
          data-autofocus
          {...form.register("name")}
          error={errors.name?.message}
        />
        <TextInput
          label={t("fields.email")}
          type="email"
          required
          {...form.register("email")}
          error={errors.email?.message}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select
              label={t("fields.role")}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={field.value}
              onChange={(value) => {
                field.onChange(value ?? "officer");
                if (value === "coordinator") form.setValue("municipalityId", null);
              }}
              allowDeselect={false}
              required
              error={errors.role?.message}
            />
          )}
        />
        {role !== "coordinator" && (
          <Controller
            control={form.control}
            name="municipalityId"
            render={({ field }) => (
              <Select
                label={t("fields.municipality")}
                description={role === "representative" ? t("create.membersOnly") : undefined}
                placeholder={t("create.pickMunicipality")}
                data={municipalityOptions}
                searchable
                filter={greekOptionsFilter}
                nothingFoundMessage={t("create.nothingFound")}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
                required
                error={errors.municipalityId?.message}
                disabled={municipalities.isPending}
              />
            )}
          />
        )}
        <TextInput
          label={t("fields.position")}
          description={t("create.positionHint")}
          {...form.register("position")}
          error={errors.position?.message}
        />
        {isApiError(create.error) && create.error.status === 422 && create.error.code && (
          <Alert color="red" role="alert">
            {t(`errors.code.${create.error.code}`, { defaultValue: create.error.detail ?? "" })}
          </Alert>
        )}
        {shownError && !(isApiError(create.error) && create.error.status === 422) && (
          <ErrorState error={create.error} namespace="users" />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t("create.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("create.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
