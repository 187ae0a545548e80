import { renameAccountBody, type SessionUser } from "@cni/contracts/auth";
import { TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { useRenameAccount } from "../api/rename-account";
import { AccountFormSection } from "./account-form-section";

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
    <AccountFormSection
      id="account-name"
      title={t("name.legend")}
      onSubmit={onSubmit}
      error={rename.isError && !form.formState.errors.name ? rename.error : null}
      submitLabel={t("name.submit")}
      pending={rename.isPending}
    >
      <TextInput
        label={t("name.label")}
        autoComplete="name"
        required
        {...form.register("name")}
        error={form.formState.errors.name?.message}
      />
    </AccountFormSection>
  );
}
