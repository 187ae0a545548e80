// /register — a municipality that is not a member registers its officer account.
import { PASSWORD_MIN_LENGTH } from "@cni/contracts/auth";
import { GREEK_REGIONS } from "@cni/contracts/registrations";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useMunicipalities } from "@/entities/municipality/api";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { applyServerErrors, zodErrorMap } from "@/lib/form-errors";
import { greekOptionsFilter } from "@/lib/select-filter";
import { collator } from "@/lib/text";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useRegister } from "../api/register";
import { PasswordField } from "../components/password-field";
import {
  formPathOf,
  REGISTRATION_FIELDS,
  type RegistrationForm,
  type RegistrationFormInput,
  registrationForm,
  toRegistrationBody,
} from "../utils/registration-form";

const CONFLICTS = ["MUNICIPALITY_IS_MEMBER", "MUNICIPALITY_HAS_OFFICER", "MUNICIPALITY_EXISTS"];

export function Component() {
  const { t, i18n } = useTranslation("auth");
  const language = i18n.language;
  const navigate = useNavigate();
  const session = useSession();
  const municipalities = useMunicipalities({ status: ["applicant", "former", "none"] });
  const registration = useRegister();
  useDocumentTitle(t("register.title"));

  // t is the same function across languages: the language re-words the messages
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const resolver = useMemo(
    () => zodResolver(registrationForm, { error: zodErrorMap(t) }),
    [t, language],
  );
  const form = useForm<RegistrationFormInput, unknown, RegistrationForm>({
    resolver,
    defaultValues: {
      mode: "existing",
      municipalityId: "",
      nameEl: "",
      nameEn: "",
      region: "",
      regionalUnit: "",
      officer: { name: "", email: "", position: "" },
      password: "",
      confirm: "",
    },
  });
  const mode = form.watch("mode");
  const errors = form.formState.errors;

  const municipalityOptions = useMemo(() => {
    const compare = collator(language).compare;
    return (municipalities.data?.items ?? [])
      .map((m) => ({
        value: m.id,
        label: language === "en" ? `Municipality of ${m.nameEn}` : `Δήμος ${m.nameEl}`,
      }))
      .sort((a, b) => compare(a.label, b.label));
  }, [municipalities.data, language]);

  const regionOptions = GREEK_REGIONS.map((r) => ({
    value: r.el,
    label: language === "en" ? r.en : r.el,
  }));

  const signedInUser = session.data?.user ?? null;

  const onSubmit = form.handleSubmit((values) =>
    registration.mutate(toRegistrationBody(values), {
      onSuccess: () => void navigate("/my", { replace: true }),
      onError: (error) => {
        if (isApiError(error) && error.code === "EMAIL_TAKEN") {
          form.setError("officer.email", { type: "server", message: t("forms:emailTaken") });
          return;
        }
        applyServerErrors(t, error, form.setError, REGISTRATION_FIELDS, formPathOf);
      },
    }),
  );

  const conflictCode =
    isApiError(registration.error) &&
    registration.error.code &&
    CONFLICTS.includes(registration.error.code)
      ? registration.error.code
      : null;
  const otherError =
    registration.isError &&
    !conflictCode &&
    !(isApiError(registration.error) && registration.error.code === "EMAIL_TAKEN");

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t("register.title")}</Title>
      <Text>{t("register.intro")}</Text>
      {signedInUser && (
        <Alert color="blue" role="status">
          {t("register.signedIn", { name: signedInUser.name })}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t("register.municipality")}>
            <Stack gap="md">
              <Controller
                control={form.control}
                name="mode"
                render={({ field }) => (
                  <Radio.Group
                    label={t("register.modeLabel")}
                    value={field.value}
                    onChange={(value) => field.onChange(value)}
                  >
                    <Group gap="lg" mt="xs">
                      <Radio value="existing" label={t("register.modeExisting")} />
                      <Radio value="new" label={t("register.modeNew")} />
                    </Group>
                  </Radio.Group>
                )}
              />
              {mode === "existing" ? (
                <Controller
                  control={form.control}
                  name="municipalityId"
                  render={({ field }) => (
                    <Select
                      label={t("fields.municipality")}
                      description={t("register.existingHint")}
                      placeholder={t("register.pick")}
                      data={municipalityOptions}
                      searchable
                      filter={greekOptionsFilter}
                      nothingFoundMessage={t("register.nothingFound")}
                      value={field.value || null}
                      onChange={(value) => field.onChange(value ?? "")}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      required
                      error={errors.municipalityId?.message}
                      disabled={municipalities.isPending}
                    />
                  )}
                />
              ) : (
                <>
                  <TextInput
                    label={t("register.nameEl")}
                    description={t("register.nameElHint")}
                    lang="el"
                    required
                    {...form.register("nameEl")}
                    error={errors.nameEl?.message}
                  />
                  <TextInput
                    label={t("register.nameEn")}
                    description={t("register.nameEnHint")}
                    lang="en"
                    {...form.register("nameEn")}
                    error={errors.nameEn?.message}
                  />
                  <Controller
                    control={form.control}
                    name="region"
                    render={({ field }) => (
                      <Select
                        label={t("register.region")}
                        data={regionOptions}
                        value={field.value || null}
                        onChange={(value) => field.onChange(value ?? "")}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        required
                        error={errors.region?.message}
                      />
                    )}
                  />
                  <TextInput
                    label={t("register.regionalUnit")}
                    description={t("register.regionalUnitHint")}
                    required
                    {...form.register("regionalUnit")}
                    error={errors.regionalUnit?.message}
                  />
                </>
              )}
              {municipalities.isError && mode === "existing" && (
                <ErrorState
                  error={municipalities.error}
                  onRetry={() => void municipalities.refetch()}
                />
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t("register.officer")}>
            <Stack gap="md">
              <TextInput
                label={t("fields.name")}
                autoComplete="name"
                required
                {...form.register("officer.name")}
                error={errors.officer?.name?.message}
              />
              <TextInput
                label={t("fields.email")}
                type="email"
                autoComplete="email"
                required
                {...form.register("officer.email")}
                error={errors.officer?.email?.message}
              />
              <TextInput
                label={t("fields.position")}
                description={t("register.positionHint")}
                autoComplete="organization-title"
                required
                {...form.register("officer.position")}
                error={errors.officer?.position?.message}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t("register.passwordLegend")}>
            <Stack gap="md">
              <PasswordField
                label={t("fields.newPassword")}
                description={t("password.rule", { count: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                {...form.register("password")}
                error={errors.password?.message}
              />
              <PasswordField
                label={t("fields.confirmPassword")}
                autoComplete="new-password"
                required
                {...form.register("confirm")}
                error={errors.confirm?.message}
              />
            </Stack>
          </Fieldset>

          {conflictCode && (
            <Alert color="red" role="alert">
              {t(`errors.code.${conflictCode}`)}
            </Alert>
          )}
          {otherError && <ErrorState error={registration.error} namespace="auth" />}

          <Group>
            <Button type="submit" loading={registration.isPending}>
              {t("register.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Text size="sm">
        {t("register.haveAccount")}{" "}
        <Anchor component={Link} to="/sign-in">
          {t("register.signIn")}
        </Anchor>
      </Text>
    </Stack>
  );
}
