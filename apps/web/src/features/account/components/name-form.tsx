import { renameAccountBody, type SessionUser } from "@cni/contracts/auth";
import { Button, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorState } from "@/components/error-state";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { useRenameAccount } from "../api/rename-account";

type Form = z.input<typeof renameAccountBody>;

/** The person's own name. */
export function NameForm({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation("account");
  const rename = useRenameAccount();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language re-words the messages
  const resolver = useMemo(() => formResolver(renameAccountBody, t), [t, language]);
  const form = useForm<Form>({ resolver, defaultValues: { name: user.name } });
  const onSubmit = form.handleSubmit((values) =>
    rename.mutate(values, {
      onSuccess: (saved) => {
        form.reset({ name: saved.name });
        notify.success(t("name.saved"));
      },
      onError: (error) => applyServerErrors(t, error, form.setError, ["name"]),
    }),
  );

  return (
    <ReadOnlyWhileViewing>
      <Paper
        withBorder
        p="lg"
        component="form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="account-name"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="account-name">
            {t("name.legend")}
          </Title>
          {rename.isError && !form.formState.errors.name && (
            <ErrorState error={rename.error} namespace="account" />
          )}
          <TextInput
            label={t("name.label")}
            autoComplete="name"
            required
            {...form.register("name")}
            error={form.formState.errors.name?.message}
          />
          <Group>
            <Button type="submit" loading={rename.isPending}>
              {t("name.submit")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </ReadOnlyWhileViewing>
  );
}
