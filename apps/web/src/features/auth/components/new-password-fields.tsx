// The new password and its confirmation, as the invitation and the reset pages ask for them.
import { PASSWORD_MIN_LENGTH } from "@cni/contracts/auth";
import type { UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { NewPasswordForm } from "../utils/password-form";
import { PasswordField } from "./password-field";

export function NewPasswordFields({ form }: { form: UseFormReturn<NewPasswordForm> }) {
  const { t } = useTranslation("auth");
  return (
    <>
      <PasswordField
        label={t("fields.newPassword")}
        description={t("password.rule", { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...form.register("password")}
        error={form.formState.errors.password?.message}
      />
      <PasswordField
        label={t("fields.confirmPassword")}
        autoComplete="new-password"
        required
        {...form.register("confirm")}
        error={form.formState.errors.confirm?.message}
      />
    </>
  );
}
