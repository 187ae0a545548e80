// /register — a municipality that is not a party registers its officer account, picking the
// municipality from the official list of the 332 municipalities of Greece. The account is
// pending until a coordinator verifies it; meanwhile it can draft the declaration.
import { PASSWORD_MIN_LENGTH } from "@cni/contracts/auth";
import type { OfficialMunicipality } from "@cni/contracts/registrations";
import { matchesNameForms } from "@cni/domain/text";
import {
  Alert,
  Anchor,
  Button,
  type ComboboxItem,
  Fieldset,
  Group,
  type OptionsFilter,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { collator } from "@/lib/text";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useOfficialMunicipalities } from "../api/get-official-municipalities";
import { type RegistrationOutcome, useRegister } from "../api/register";
import { PasswordField } from "../components/password-field";
import {
  formPathOf,
  REGISTRATION_FIELDS,
  type RegistrationForm,
  type RegistrationFormInput,
  registrationForm,
  toRegistrationBody,
} from "../utils/registration-form";

const CONFLICTS = ["MUNICIPALITY_IS_MEMBER", "MUNICIPALITY_HAS_OFFICER"];

/**
 * Nominative or genitive, Greek or English, with or without accents; the municipalities so
 * named first, then those of a regional unit so named («σέρρες»: Σερρών, then Αμφίπολης…).
 */
function officialFilter(byCode: Map<string, OfficialMunicipality>): OptionsFilter {
  return ({ options, search }) => {
    if (!search.trim()) return options;
    const rank = (option: (typeof options)[number]) => {
      const m = byCode.get((option as ComboboxItem).value);
      if (!m) return 2;
      if (matchesNameForms(search, m.nameEl, m.nameEn)) return 0;
      return matchesNameForms(search, m.regionalUnitEl, m.regionalUnitEn) ? 1 : 2;
    };
    return options
      .map((option) => ({ option, rank: rank(option) }))
      .filter((entry) => entry.rank < 2)
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.option);
  };
}

function Registered({ outcome }: { outcome: RegistrationOutcome }) {
  const { t, i18n } = useTranslation("auth");
  const name = municipalityName(outcome.municipality, i18n.language);
  if (!outcome.session) {
    return (
      <Alert color="blue" role="status" title={t("register.receivedTitle")}>
        <Stack gap="xs">
          <Text>{t("register.receivedNoSession")}</Text>
          <Anchor component={Link} to="/sign-in">
            {t("register.signIn")}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="green" role="status" title={t("register.doneTitle", { name })}>
      <Stack gap="xs">
        <Text>{t("register.pendingExplained")}</Text>
        <Button component={Link} to="/accession" w="fit-content">
          {t("register.draftDeclaration")}
        </Button>
      </Stack>
    </Alert>
  );
}

export function Component() {
  const { t, i18n } = useTranslation("auth");
  const language = i18n.language;
  const session = useSession();
  const official = useOfficialMunicipalities();
  const registration = useRegister();
  useDocumentTitle(t("register.title"));

  // t is the same function across languages: the language re-words the messages
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const resolver = useMemo(() => formResolver(registrationForm, t), [t, language]);
  const form = useForm<RegistrationFormInput, unknown, RegistrationForm>({
    resolver,
    defaultValues: {
      municipalityCode: "",
      officer: { name: "", email: "", position: "" },
      password: "",
      confirm: "",
    },
  });
  const errors = form.formState.errors;

  const { options, filter } = useMemo(() => {
    const items = official.data?.items ?? [];
    const compare = collator(language).compare;
    const byCode = new Map(items.map((m) => [m.code, m]));
    const options = items
      .map((m) => ({
        value: m.code,
        label:
          language === "en"
            ? `Municipality of ${m.nameEn} (${m.regionalUnitEn}, ${m.regionEn})`
            : `Δήμος ${m.nameEl} (${m.regionalUnitEl}, ${m.regionEl})`,
      }))
      .sort((a, b) => compare(a.label, b.label));
    return { options, filter: officialFilter(byCode) };
  }, [official.data, language]);

  const signedInUser = session.data?.user ?? null;

  const onSubmit = form.handleSubmit((values) =>
    registration.mutate(toRegistrationBody(values), {
      onError: (error) =>
        applyServerErrors(t, error, form.setError, REGISTRATION_FIELDS, formPathOf),
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
    !(isApiError(registration.error) && registration.error.errors?.length);

  if (registration.data) {
    return (
      <Stack gap="lg" maw={720}>
        <Title order={1}>{t("register.title")}</Title>
        <Registered outcome={registration.data} />
      </Stack>
    );
  }

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
                name="municipalityCode"
                render={({ field }) => (
                  <Select
                    label={t("fields.municipality")}
                    description={t("register.officialHint")}
                    placeholder={t("register.pick")}
                    data={options}
                    searchable
                    filter={filter}
                    limit={60}
                    nothingFoundMessage={t("register.nothingFound")}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? "")}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    required
                    error={errors.municipalityCode?.message}
                    disabled={official.isPending}
                  />
                )}
              />
              {official.isError && (
                <ErrorState error={official.error} onRetry={() => void official.refetch()} />
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

          <Text size="sm">{t("register.verificationNote")}</Text>

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
