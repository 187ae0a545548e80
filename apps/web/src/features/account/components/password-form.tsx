import { PASSWORD_MIN_LENGTH, password } from "@cni/contracts/auth";
import { PasswordInput } from "@mantine/core";
import { forwardRef, useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { useChangePassword } from "../api/change-password";
import { AccountFormSection } from "./account-form-section";

// The same rules as the API; whether a password is guessable only the API says (its
// dictionaries stay on the server), with the reason, worded by forms:weak_<reason>.
const passwordChange = z
  .object({ currentPassword: z.string().min(1), newPassword: password, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, {
    path: ["confirm"],
    params: { key: "passwordsDiffer" },
    when: (payload) => {
      const v = payload.value as { newPassword?: unknown; confirm?: unknown } | undefined;
      return typeof v?.newPassword === "string" && typeof v?.confirm === "string";
    },
  });
type Form = z.infer<typeof passwordChange>;

const Secret = forwardRef<HTMLInputElement, React.ComponentProps<typeof PasswordInput>>(
  function Secret(props, ref) {
    const { t } = useTranslation("account");
    return (
      <PasswordInput
        ref={ref}
        visibilityToggleButtonProps={{ "aria-label": t("password.toggle") }}
        {...props}
      />
    );
  },
);

/** Change the password: the current one required; the person's other sessions end. */
export function PasswordForm() {
  const { t, i18n } = useTranslation("account");
  const change = useChangePassword();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language re-words the messages
  const resolver = useMemo(() => formResolver(passwordChange, t), [t, language]);
  const form = useForm<Form>({
    resolver,
    defaultValues: { currentPassword: "", newPassword: "", confirm: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notify.success(t("password.changed"));
        },
        onError: (error) =>
          applyServerErrors(t, error, form.setError, ["currentPassword", "newPassword"]),
      },
    ),
  );

  return (
    <AccountFormSection
      id="account-password"
      title={t("password.legend")}
      onSubmit={onSubmit}
      error={change.isError && !errors.currentPassword && !errors.newPassword ? change.error : null}
      submitLabel={t("password.submit")}
      pending={change.isPending}
    >
      <Secret
        label={t("password.current")}
        autoComplete="current-password"
        required
        {...form.register("currentPassword")}
        error={errors.currentPassword?.message}
      />
      <Secret
        label={t("password.new")}
        description={t("password.rule", { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...form.register("newPassword")}
        error={errors.newPassword?.message}
      />
      <Secret
        label={t("password.confirm")}
        autoComplete="new-password"
        required
        {...form.register("confirm")}
        error={errors.confirm?.message}
      />
    </AccountFormSection>
  );
}
