import type { InvitationView } from "@cni/contracts/invitations";
import {
  Alert,
  Anchor,
  Button,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { municipalityName } from "@/entities/municipality/name";
import { homePathFor } from "@/entities/session/home";
import { isApiError } from "@/lib/api-client";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { formatInstantDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAcceptInvitation } from "../api/accept-invitation";
import { useInvitation } from "../api/get-invitation";
import { NewPasswordFields } from "../components/new-password-fields";
import { type NewPasswordForm, newPasswordForm } from "../utils/password-form";

function NotValid({ status }: { status: "used" | "expired" | "revoked" | "unknown" }) {
  const { t } = useTranslation("auth");
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t("invitation.notValidTitle")}</Title>
      <Alert color="orange" role="status">
        {t(`invitation.status.${status}`)}
      </Alert>
      <Text>{t("invitation.askAgain")}</Text>
      <Anchor component={Link} to="/sign-in">
        {t("invitation.toSignIn")}
      </Anchor>
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

function AcceptForm({ token, view }: { token: string; view: InvitationView }) {
  const { t, i18n } = useTranslation("auth");
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const invitee = view.invitee!;
  const language = i18n.language;
  // t is the same function across languages: the language re-words the messages
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const resolver = useMemo(() => formResolver(newPasswordForm, t), [t, language]);
  const form = useForm<NewPasswordForm>({ resolver, defaultValues: { password: "", confirm: "" } });

  const onSubmit = form.handleSubmit(({ password }) =>
    accept.mutate(
      { token, password },
      {
        onSuccess: (result) => void navigate(homePathFor(result.user), { replace: true }),
        onError: (error) => applyServerErrors(t, error, form.setError, ["password"]),
      },
    ),
  );

  const conflictCode =
    isApiError(accept.error) && accept.error.status === 409 ? accept.error.code : undefined;
  const conflict = conflictCode !== undefined;
  const municipality = invitee.municipality
    ? municipalityName(invitee.municipality, language)
    : null;

  return (
    <Stack gap="lg" maw={560}>
      <Title order={1}>{t("invitation.title")}</Title>
      <Text>
        {invitee.resetsPassword
          ? t("invitation.introReset", { name: invitee.name })
          : t("invitation.intro", { name: invitee.name })}
      </Text>
      <Paper withBorder p="md">
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} m={0} spacing="sm">
          <Detail label={t("fields.name")} value={invitee.name} />
          <Detail label={t("fields.email")} value={invitee.email} />
          <Detail label={t("fields.role")} value={t(`roles.${invitee.role}`)} />
          {municipality && <Detail label={t("fields.municipality")} value={municipality} />}
          <Detail
            label={t("invitation.validUntil")}
            value={formatInstantDate(view.expiresAt, language)}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {conflict && (
            <Alert color="red" role="alert">
              {t(`errors.code.${conflictCode}`, { defaultValue: t("invitation.status.unknown") })}
            </Alert>
          )}
          {accept.isError && !conflict && !form.formState.errors.password && (
            <ErrorState error={accept.error} namespace="auth" />
          )}
          <NewPasswordFields form={form} />
          <Button type="submit" loading={accept.isPending}>
            {t("invitation.submit")}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}

export function Component() {
  const { token: legacyToken = "" } = useParams();
  const { hash } = useLocation();
  const token = hash.startsWith("#") ? decodeURIComponent(hash.slice(1)) : legacyToken;
  const { t } = useTranslation("auth");
  const invitation = useInvitation(token);
  useDocumentTitle(t("invitation.title"));

  if (!token) return <NotValid status="unknown" />;
  if (invitation.isPending) {
    return (
      <Stack gap="md" maw={560} aria-busy="true">
        <Title order={1}>{t("invitation.title")}</Title>
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (invitation.isError) {
    const status = invitation.error;
    if (isApiError(status) && (status.status === 404 || status.status === 400)) {
      return <NotValid status="unknown" />;
    }
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>{t("invitation.title")}</Title>
        <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
      </Stack>
    );
  }
  const view = invitation.data;
  if (view.status !== "valid" || !view.invitee) {
    return <NotValid status={view.status === "valid" ? "unknown" : view.status} />;
  }
  return <AcceptForm token={token} view={view} />;
}
