// /forgot-password — asks for a reset link by e-mail (only when the server sends e-mail).
// The answer is the same whether an account exists for the address or not.
import { requestPasswordResetBody } from "@cni/contracts/auth";
import {
  Alert,
  Anchor,
  Button,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { z } from "zod";
import { ErrorState } from "@/components/error-state";
import { formResolver } from "@/lib/form-errors";
import { useDocumentTitle } from "@/lib/use-document-title";
import { usePasswordReset } from "../api/get-password-reset";
import { useRequestPasswordReset } from "../api/request-password-reset";

type Form = z.input<typeof requestPasswordResetBody>;

export function Component() {
  const { t, i18n } = useTranslation("auth");
  useDocumentTitle(t("forgot.title"));
  const availability = usePasswordReset();
  const request = useRequestPasswordReset();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language re-words the messages
  const resolver = useMemo(() => formResolver(requestPasswordResetBody, t), [t, language]);
  const form = useForm<Form>({ resolver, defaultValues: { email: "" } });
  const onSubmit = form.handleSubmit((values) => request.mutate(values));

  const back = (
    <Anchor component={Link} to="/sign-in">
      {t("forgot.toSignIn")}
    </Anchor>
  );

  let body: React.ReactNode;
  if (availability.isPending) body = <Skeleton height={120} />;
  else if (availability.isError) body = <ErrorState error={availability.error} namespace="auth" />;
  else if (!availability.data.available) {
    body = (
      <Alert color="orange" role="status">
        {t("forgot.unavailable")}
      </Alert>
    );
  } else if (request.isSuccess) {
    body = (
      <Alert color="green" role="status" icon={<IconMailCheck aria-hidden="true" />}>
        {t("forgot.sent")}
      </Alert>
    );
  } else {
    body = (
      <>
        <Text>{t("forgot.intro")}</Text>
        <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {request.isError && <ErrorState error={request.error} namespace="auth" />}
            <TextInput
              label={t("fields.email")}
              type="email"
              autoComplete="username"
              required
              {...form.register("email")}
              error={form.formState.errors.email?.message}
            />
            <Button type="submit" loading={request.isPending}>
              {t("forgot.submit")}
            </Button>
          </Stack>
        </Paper>
      </>
    );
  }

  return (
    <Stack gap="lg" maw={480}>
      <Title order={1}>{t("forgot.title")}</Title>
      {body}
      {back}
    </Stack>
  );
}
