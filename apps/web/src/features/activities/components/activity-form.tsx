// The coordinator's create/edit form and a member's proposal form: react-hook-form with the
// very schema the API validates with (`activityInput` from @cni/contracts), so the rules
// (≥ 1 pillar, end on or after start, funding fields only for funding…) are checked the
// same way on both sides, worded by their codes, and an API 400/422 lands next to the
// right field.
import {
  type ActivityInput,
  type ActivityInputParsed,
  activityInput,
} from "@cni/contracts/activities";
import type { ActivityType } from "@cni/domain/enums";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { type CSSProperties, useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { ActivityFormFields } from "./activity-form-fields";

export type ActivityFormMode = "create" | "edit" | "propose";

type FormValues = ActivityInput;

/** Where this form's rules are worded (locales/<lang>/activities.json). */
const ERROR_KEYS = "activities:form.errors";

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

const FIELDS = Object.keys(EMPTY);

/** "participantMunicipalityIds.0" → the list it belongs to. */
const fieldOfPath = (path: string) => path.split(".")[0];

type Props = {
  mode: ActivityFormMode;
  initialValues?: Partial<FormValues>;
  /** The proposer's municipality: the default host of a proposal. */
  ownMunicipalityId?: string | null;
  submitLabel: string;
  onSubmit: (values: ActivityInputParsed) => Promise<unknown>;
  onCancel?: () => void;
};

export function ActivityForm(props: Props) {
  const { mode, initialValues, ownMunicipalityId, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation("activities");
  const form = useForm<FormValues, unknown, ActivityInputParsed>({
    resolver: formResolver(activityInput, t, ERROR_KEYS),
    defaultValues: {
      ...EMPTY,
      ...(mode === "propose" ? { hostMunicipalityId: ownMunicipalityId ?? null } : {}),
      ...initialValues,
    },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { setValue, getValues, watch } = form;
  const { errors, isSubmitting } = form.formState;
  const isFunding = watch("type") === "funding";

  // Funding fields belong to the funding type only: clear them when the type changes.
  useEffect(() => {
    if (isFunding) return;
    if (getValues("fundingProgramme")) setValue("fundingProgramme", "");
    if (getValues("fundingDeadline")) setValue("fundingDeadline", null);
  }, [isFunding, getValues, setValue]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (applyServerErrors(t, error, form.setError, FIELDS, fieldOfPath, ERROR_KEYS)) return;
      form.setError("root.server", {
        type: "server",
        message: errorMessage(t, error, "activities"),
      });
    }
  });

  const rootError = errors.root?.server?.message;
  const hasFieldErrors = Object.keys(errors).some((key) => key !== "root");

  return (
    <ReadOnlyWhileViewing>
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

          <ActivityFormFields form={form} mode={mode} />

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
    </ReadOnlyWhileViewing>
  );
}
