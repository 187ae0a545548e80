// The coordinator's create/edit form and a member's proposal form: react-hook-form with the
// very schema the API validates with (`activityInput` from @cni/contracts), so the rules
// (≥ 1 pillar, end on or after start, funding fields only for funding…) are checked the
// same way on both sides, and an API 400/422 lands next to the right field.
import {
  type ActivityInput,
  type ActivityInputParsed,
  activityInput,
} from "@cni/contracts/activities";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type ActivityType, PILLARS } from "@cni/domain/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Checkbox,
  type ComboboxItem,
  Fieldset,
  Group,
  MultiSelect,
  type OptionsFilter,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type CSSProperties, useEffect, useMemo } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { collator, matchesSearch } from "@/lib/text";
import { useMunicipalityOptions } from "../api/get-municipality-options";
import { apiErrorsByField, fieldErrorText } from "../utils/field-errors";
import { municipalityName } from "../utils/names";
import { DateField } from "./date-field";

export type ActivityFormMode = "create" | "edit" | "propose";

type FormValues = ActivityInput;

const FIELDS = new Set<string>([
  "titleEl",
  "titleEn",
  "summary",
  "type",
  "pillars",
  "startsOn",
  "endsOn",
  "hostMunicipalityId",
  "participantMunicipalityIds",
  "status",
  "visibility",
  "location",
  "link",
  "fundingProgramme",
  "fundingDeadline",
]);

const EMPTY: FormValues = {
  titleEl: "",
  titleEn: "",
  summary: "",
  type: undefined as unknown as ActivityType,
  pillars: [],
  startsOn: "",
  endsOn: null,
  hostMunicipalityId: null,
  participantMunicipalityIds: [],
  status: "planned",
  visibility: "public",
  location: "",
  link: "",
  fundingProgramme: "",
  fundingDeadline: null,
};

const accentInsensitive: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => matchesSearch(option.label, search));

type Props = {
  mode: ActivityFormMode;
  initialValues?: Partial<FormValues>;
  /** The proposer's municipality: the default host of a proposal. */
  ownMunicipalityId?: string | null;
  submitLabel: string;
  onSubmit: (values: ActivityInputParsed) => Promise<unknown>;
  onCancel?: () => void;
};

export function ActivityForm({
  mode,
  initialValues,
  ownMunicipalityId,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const municipalities = useMunicipalityOptions();
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, ActivityInputParsed>({
    resolver: zodResolver(activityInput),
    defaultValues: {
      ...EMPTY,
      ...(mode === "propose" ? { hostMunicipalityId: ownMunicipalityId ?? null } : {}),
      ...initialValues,
    },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const type = watch("type");
  const host = watch("hostMunicipalityId");
  const isFunding = type === "funding";

  // Funding fields belong to the funding type only: clear them when the type changes.
  useEffect(() => {
    if (!isFunding) {
      if (getValues("fundingProgramme")) setValue("fundingProgramme", "");
      if (getValues("fundingDeadline")) setValue("fundingDeadline", null);
    }
  }, [isFunding, getValues, setValue]);

  const municipalityData = useMemo(
    () =>
      [...(municipalities.data ?? [])]
        .sort((a, b) =>
          collator(language).compare(municipalityName(a, language), municipalityName(b, language)),
        )
        .map((m) => ({ value: m.id, label: municipalityName(m, language) })),
    [municipalities.data, language],
  );

  const errorOf = (field: FieldPath<FormValues>) => {
    const error = errors[field.split(".")[0] as keyof typeof errors] as
      | { type?: string; message?: string }
      | undefined;
    return fieldErrorText(t, field, error, getValues(field as keyof FormValues));
  };

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (isApiError(error) && error.errors.length > 0) {
        let placed = false;
        for (const [field, fieldError] of apiErrorsByField(error.errors)) {
          if (!FIELDS.has(field)) continue;
          placed = true;
          setError(
            field as keyof FormValues,
            { type: fieldError.code ?? "server", message: fieldError.message },
            { shouldFocus: true },
          );
        }
        if (placed) return;
      }
      setError("root.server", { type: "server", message: errorMessage(t, error, "activities") });
    }
  });

  const rootError = errors.root?.server?.message;
  const hasFieldErrors = Object.keys(errors).some((key) => key !== "root");

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-describedby="activity-form-note"
      // Mantine's default error red (red.6) is 3.3:1 on white; red.9 passes WCAG AA.
      style={{ "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties}
    >
      <Stack gap="lg" maw={900}>
        <Text id="activity-form-note" size="sm" c="dimmed">
          {t("form.requiredNote")}
        </Text>
        {(rootError || hasFieldErrors) && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t("form.errorTitle")}
          >
            <Text size="sm" c="red.9">
              {rootError ?? t("form.fixErrors")}
            </Text>
          </Alert>
        )}

        <Fieldset legend={t("form.sections.what")}>
          <Stack gap="sm">
            <Controller
              control={control}
              name="titleEl"
              render={({ field }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ""}
                  label={t("form.titleEl")}
                  withAsterisk
                  lang="el"
                  error={errorOf("titleEl")}
                  maxLength={300}
                />
              )}
            />
            <Controller
              control={control}
              name="titleEn"
              render={({ field }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ""}
                  label={t("form.titleEn")}
                  description={t("form.optional")}
                  lang="en"
                  error={errorOf("titleEn")}
                  maxLength={300}
                />
              )}
            />
            <Controller
              control={control}
              name="summary"
              render={({ field }) => (
                <Textarea
                  {...field}
                  value={field.value ?? ""}
                  label={t("form.summary")}
                  withAsterisk
                  autosize
                  minRows={3}
                  maxRows={12}
                  error={errorOf("summary")}
                  maxLength={5000}
                />
              )}
            />
            <Controller
              control={control}
              name="type"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  label={t("form.type")}
                  withAsterisk
                  placeholder={t("form.choose")}
                  data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
                  error={errorOf("type")}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={control}
              name="pillars"
              render={({ field }) => (
                <Checkbox.Group
                  value={field.value ?? []}
                  onChange={field.onChange}
                  label={t("form.pillars")}
                  description={t("form.pillarsDescription")}
                  withAsterisk
                  error={errorOf("pillars")}
                  inputWrapperOrder={["label", "description", "input", "error"]}
                >
                  <Group gap="lg" mt={6}>
                    {PILLARS.map((pillar, i) => (
                      <Checkbox
                        key={pillar}
                        value={pillar}
                        label={t(`pillars.${pillar}`)}
                        ref={i === 0 ? field.ref : undefined}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("form.sections.when")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={control}
              name="startsOn"
              render={({ field }) => (
                <DateField
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? "")}
                  label={t("form.startsOn")}
                  withAsterisk
                  error={errorOf("startsOn")}
                />
              )}
            />
            <Controller
              control={control}
              name="endsOn"
              render={({ field }) => (
                <DateField
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  value={field.value}
                  onChange={field.onChange}
                  label={t("form.endsOn")}
                  description={t("form.endsOnDescription")}
                  clearable
                  error={errorOf("endsOn")}
                  inputWrapperOrder={["label", "input", "description", "error"]}
                />
              )}
            />
            <Controller
              control={control}
              name="location"
              render={({ field }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ""}
                  label={t("form.location")}
                  description={t("form.optional")}
                  error={errorOf("location")}
                  maxLength={300}
                />
              )}
            />
            <Controller
              control={control}
              name="link"
              render={({ field }) => (
                <TextInput
                  {...field}
                  value={field.value ?? ""}
                  type="url"
                  label={t("form.link")}
                  description={t("form.linkDescription")}
                  error={errorOf("link")}
                  maxLength={2000}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t("form.sections.who")}>
          <Stack gap="sm">
            <Controller
              control={control}
              name="hostMunicipalityId"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  onBlur={field.onBlur}
                  value={field.value ?? null}
                  onChange={(value) => {
                    field.onChange(value);
                    // the host is not also a participant
                    const others = (getValues("participantMunicipalityIds") ?? []).filter(
                      (id) => id !== value,
                    );
                    setValue("participantMunicipalityIds", others);
                  }}
                  label={t("form.host")}
                  description={
                    mode === "propose" ? t("form.hostProposalDescription") : t("form.optional")
                  }
                  placeholder={t("form.noHost")}
                  data={municipalityData}
                  searchable
                  clearable
                  clearButtonProps={{ "aria-label": t("form.clearHost") }}
                  filter={accentInsensitive}
                  nothingFoundMessage={t("filters.nothingFound")}
                  error={errorOf("hostMunicipalityId")}
                  inputWrapperOrder={["label", "input", "description", "error"]}
                />
              )}
            />
            {mode !== "propose" && (
              <Controller
                control={control}
                name="participantMunicipalityIds"
                render={({ field }) => (
                  <MultiSelect
                    ref={field.ref}
                    name={field.name}
                    onBlur={field.onBlur}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    label={t("form.participants")}
                    description={t("form.participantsDescription")}
                    placeholder={field.value?.length ? undefined : t("form.choose")}
                    data={municipalityData.filter((m) => m.value !== host)}
                    searchable
                    clearable
                    clearButtonProps={{ "aria-label": t("form.clearParticipants") }}
                    filter={accentInsensitive}
                    nothingFoundMessage={t("filters.nothingFound")}
                    error={errorOf("participantMunicipalityIds")}
                    inputWrapperOrder={["label", "input", "description", "error"]}
                  />
                )}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t("form.sections.status")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {mode !== "propose" && (
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    onBlur={field.onBlur}
                    value={field.value ?? "planned"}
                    onChange={(value) => field.onChange(value ?? "planned")}
                    label={t("form.status")}
                    data={ACTIVITY_STATUSES.map((value) => ({
                      value,
                      label: t(`statuses.${value}`),
                    }))}
                    allowDeselect={false}
                    error={errorOf("status")}
                  />
                )}
              />
            )}
            <Controller
              control={control}
              name="visibility"
              render={({ field }) => (
                <Radio.Group
                  value={field.value ?? "public"}
                  onChange={field.onChange}
                  label={t("form.visibility")}
                  error={errorOf("visibility")}
                >
                  <Stack gap={6} mt={6}>
                    <Radio value="public" label={t("form.visibilityPublic")} />
                    <Radio value="members" label={t("form.visibilityMembers")} />
                  </Stack>
                </Radio.Group>
              )}
            />
          </SimpleGrid>
        </Fieldset>

        {isFunding && (
          <Fieldset legend={t("form.sections.funding")} data-testid="funding-fields">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={control}
                name="fundingProgramme"
                render={({ field }) => (
                  <TextInput
                    {...field}
                    value={field.value ?? ""}
                    label={t("form.fundingProgramme")}
                    withAsterisk
                    error={errorOf("fundingProgramme")}
                    maxLength={300}
                  />
                )}
              />
              <Controller
                control={control}
                name="fundingDeadline"
                render={({ field }) => (
                  <DateField
                    ref={field.ref}
                    name={field.name}
                    onBlur={field.onBlur}
                    value={field.value}
                    onChange={field.onChange}
                    label={t("form.fundingDeadline")}
                    withAsterisk
                    error={errorOf("fundingDeadline")}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>
        )}

        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
              {t("form.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
