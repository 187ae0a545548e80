import { Alert, Anchor, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { ErrorState } from "@/components/error-state";
import { homePathFor } from "@/entities/session/home";
import { isApiError } from "@/lib/api-client";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useConfirmPasswordReset } from "../api/confirm-password-reset";
import { NewPasswordFields } from "../components/new-password-fields";
import { type NewPasswordForm, newPasswordForm } from "../utils/password-form";

export function Component() {
  const { t, i18n } = useTranslation("auth");
  useDocumentTitle(t("reset.title"));
  const { hash } = useLocation();
  const token = hash.startsWith("#") ? decodeURIComponent(hash.slice(1)) : "";
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language re-words the messages
  const resolver = useMemo(() => formResolver(newPasswordForm, t), [t, language]);
  const form = useForm<NewPasswordForm>({ resolver, defaultValues: { password: "", confirm: "" } });

  const again = (
    <Anchor component={Link} to="/forgot-password">
      {t("reset.again")}
    </Anchor>
  );
  if (token.length < 16) {
    return (
      <Stack gap="md" maw={480}>
        <Title order={1}>{t("reset.title")}</Title>
        <Alert color="orange" role="status">
          {t("reset.missing")}
        </Alert>
        {again}
      </Stack>
    );
  }

  const onSubmit = form.handleSubmit(({ password }) =>
    confirm.mutate(
      { token, password },
      {
        onSuccess: (result) => void navigate(homePathFor(result.user), { replace: true }),
        onError: (error) => applyServerErrors(t, error, form.setError, ["password"]),
      },
    ),
  );
  const invalidLink = isApiError(confirm.error) && confirm.error.code === "RESET_TOKEN_INVALID";

  return (
    <Stack gap="lg" maw={480}>
      <Title order={1}>{t("reset.title")}</Title>
      <Text>{t("reset.intro")}</Text>
      <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {invalidLink && (
            <Stack gap="xs">
              <Alert color="red" role="alert">
                {t("errors.code.RESET_TOKEN_INVALID")}
              </Alert>
              {again}
            </Stack>
          )}
          {confirm.isError && !invalidLink && !form.formState.errors.password && (
            <ErrorState error={confirm.error} namespace="auth" />
          )}
          <NewPasswordFields form={form} />
          <Button type="submit" loading={confirm.isPending}>
            {t("reset.submit")}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
