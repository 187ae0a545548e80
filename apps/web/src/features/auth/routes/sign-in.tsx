// /sign-in?next=/where/the/user/was&reason=expired
import { loginBody } from "@cni/contracts/auth";
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { z } from "zod";
import { ErrorState } from "@/components/error-state";
import { useSession } from "@/entities/session/get-session";
import { homePathFor } from "@/entities/session/home";
import { isApiError } from "@/lib/api-client";
import { formResolver } from "@/lib/form-errors";
import { safeNextPath } from "@/lib/safe-redirect";
import { useDocumentTitle } from "@/lib/use-document-title";
import { usePasswordReset } from "../api/get-password-reset";
import { useLogin } from "../api/login";
import { PasswordField } from "../components/password-field";

type FormInput = z.input<typeof loginBody>;
type FormOutput = z.output<typeof loginBody>;

function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation("auth");
  if (isApiError(error) && error.status === 401) {
    return (
      <Alert color="red" role="alert" title={t("signIn.failedTitle")}>
        {t("signIn.badCredentials")}
      </Alert>
    );
  }
  if (isApiError(error) && error.status === 429) {
    return (
      <Alert color="red" role="alert" title={t("signIn.failedTitle")}>
        {error.code === "ACCOUNT_LOCKED" ? t("signIn.locked") : t("signIn.rateLimited")}
      </Alert>
    );
  }
  return <ErrorState error={error} namespace="auth" />;
}

export function Component() {
  const { t, i18n } = useTranslation("auth");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  // "Forgot your password?" only where the server sends e-mail
  const resetAvailable = usePasswordReset().data?.available === true;
  const login = useLogin();
  const next = safeNextPath(params.get("next"));
  const expired = params.get("reason") === "expired";
  useDocumentTitle(t("signIn.title"));

  // t is the same function across languages: the language re-words the messages
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const resolver = useMemo(() => formResolver(loginBody, t), [t, i18n.language]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    defaultValues: { email: "", password: "" },
  });

  const user = session.data?.user ?? null;
  if (user && !login.isPending && !login.isSuccess) {
    return (
      <Stack gap="md" maw={480}>
        <Title order={1}>{t("signIn.title")}</Title>
        <Text>{t("signIn.already", { name: user.name })}</Text>
        <Anchor component={Link} to={next ?? homePathFor(user)}>
          {t("signIn.continue")}
        </Anchor>
      </Stack>
    );
  }

  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: (result) => {
        void navigate(next ?? homePathFor(result.user), { replace: true });
      },
      onError: () => form.resetField("password"),
    }),
  );

  return (
    <Stack gap="lg" maw={480}>
      <Title order={1}>{t("signIn.title")}</Title>
      {expired && (
        <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />} role="status">
          {t("signIn.expired")}
        </Alert>
      )}
      <Text>{t("signIn.intro")}</Text>
      <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {login.isError && <SignInError error={login.error} />}
          <TextInput
            label={t("fields.email")}
            type="email"
            autoComplete="username"
            required
            {...form.register("email")}
            error={form.formState.errors.email?.message}
          />
          <PasswordField
            label={t("fields.password")}
            autoComplete="current-password"
            required
            {...form.register("password")}
            error={form.formState.errors.password?.message}
          />
          <Button type="submit" loading={login.isPending}>
            {t("signIn.submit")}
          </Button>
          {resetAvailable && (
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t("signIn.forgot")}
            </Anchor>
          )}
        </Stack>
      </Paper>
      <Text size="sm">
        {t("signIn.noAccount")}{" "}
        <Anchor component={Link} to="/register">
          {t("signIn.register")}
        </Anchor>
      </Text>
      <Text size="sm" c="dimmed">
        {t("signIn.invited")}
      </Text>
    </Stack>
  );
}
