// The fields of the activity form, in four sections (what, when, who, status) and the
// funding section for funding activities. Each field is one FormField: the input, its
// props, and the form's value and error wired in.
import type { ActivityInput, ActivityInputParsed } from "@cni/contracts/activities";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, PILLARS } from "@cni/domain/enums";
import {
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type ComponentProps, useMemo } from "react";
import { Controller, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { errorText, FormField } from "@/components/form-field";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { greekOptionsFilter } from "@/lib/select-filter";
import { collator } from "@/lib/text";
import type { ActivityFormMode } from "./activity-form";

/** Description and error below the input (Mantine puts the description above). */
const BELOW: { inputWrapperOrder: ("label" | "input" | "description" | "error")[] } = {
  inputWrapperOrder: ["label", "input", "description", "error"],
};

const filter = greekOptionsFilter as ComponentProps<typeof Select>["filter"];

type Props = {
  form: UseFormReturn<ActivityInput, unknown, ActivityInputParsed>;
  mode: ActivityFormMode;
};

export function ActivityFormFields({ form, mode }: Props) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const { control, setValue, getValues, watch } = form;
  const municipalities = useMunicipalities();
  const isFunding = watch("type") === "funding";
  const host = watch("hostMunicipalityId");
  const optional = t("form.optional");

  const municipalityData = useMemo(
    () =>
      [...(municipalities.data?.items ?? [])]
        .map((m) => ({ value: m.id, label: municipalityName(m, language) }))
        .sort((a, b) => collator(language).compare(a.label, b.label)),
    [municipalities.data, language],
  );

  return (
    <>
      <Fieldset legend={t("form.sections.what")}>
        <Stack gap="sm">
          <FormField
            control={control}
            name="titleEl"
            component={TextInput}
            label={t("form.titleEl")}
            withAsterisk
            lang="el"
            maxLength={300}
          />
          <FormField
            control={control}
            name="titleEn"
            component={TextInput}
            label={t("form.titleEn")}
            description={optional}
            lang="en"
            maxLength={300}
          />
          <FormField
            control={control}
            name="summary"
            component={Textarea}
            label={t("form.summary")}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
          />
          <FormField
            control={control}
            name="type"
            component={Select}
            empty={null}
            toValue={(value) => value ?? undefined}
            label={t("form.type")}
            withAsterisk
            placeholder={t("form.choose")}
            data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
            allowDeselect={false}
          />
          <Controller
            control={control}
            name="pillars"
            render={({ field, fieldState }) => (
              <Checkbox.Group
                value={field.value ?? []}
                onChange={field.onChange}
                label={t("form.pillars")}
                description={t("form.pillarsDescription")}
                withAsterisk
                error={errorText(fieldState.error)}
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
          <FormField
            control={control}
            name="startsOn"
            component={DateField}
            toValue={(value) => value ?? ""}
            label={t("form.startsOn")}
            withAsterisk
          />
          <FormField
            control={control}
            name="endsOn"
            component={DateField}
            empty={null}
            label={t("form.endsOn")}
            description={t("form.endsOnDescription")}
            clearable
            {...BELOW}
          />
          <FormField
            control={control}
            name="location"
            component={TextInput}
            label={t("form.location")}
            description={optional}
            maxLength={300}
          />
          <FormField
            control={control}
            name="link"
            component={TextInput}
            type="url"
            label={t("form.link")}
            description={t("form.linkDescription")}
            maxLength={2000}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t("form.sections.who")}>
        <Stack gap="sm">
          <FormField
            control={control}
            name="hostMunicipalityId"
            component={Select}
            empty={null}
            // the host is not also a participant
            afterChange={(value) =>
              setValue(
                "participantMunicipalityIds",
                (getValues("participantMunicipalityIds") ?? []).filter((id) => id !== value),
              )
            }
            label={t("form.host")}
            description={mode === "propose" ? t("form.hostProposalDescription") : optional}
            placeholder={t("form.noHost")}
            data={municipalityData}
            // a municipality proposes only what it hosts (the API says 422 HOST_NOT_OWN)
            readOnly={mode === "propose"}
            searchable={mode !== "propose"}
            clearable={mode !== "propose"}
            clearButtonProps={{ "aria-label": t("form.clearHost") }}
            filter={filter}
            nothingFoundMessage={t("filters.nothingFound")}
            {...BELOW}
          />
          {mode !== "propose" && (
            <FormField
              control={control}
              name="participantMunicipalityIds"
              component={MultiSelect}
              empty={[]}
              label={t("form.participants")}
              description={t("form.participantsDescription")}
              placeholder={
                watch("participantMunicipalityIds")?.length ? undefined : t("form.choose")
              }
              data={municipalityData.filter((m) => m.value !== host)}
              searchable
              clearable
              clearButtonProps={{ "aria-label": t("form.clearParticipants") }}
              filter={filter}
              nothingFoundMessage={t("filters.nothingFound")}
              {...BELOW}
            />
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t("form.sections.status")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {mode !== "propose" && (
            <FormField
              control={control}
              name="status"
              component={Select}
              empty="planned"
              toValue={(value) => value ?? "planned"}
              label={t("form.status")}
              data={ACTIVITY_STATUSES.map((value) => ({
                value,
                label: t(`statuses.${value}`),
              }))}
              allowDeselect={false}
            />
          )}
          <FormField
            control={control}
            name="visibility"
            component={Radio.Group}
            empty="public"
            label={t("form.visibility")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="public" label={t("form.visibilityPublic")} />
              <Radio value="members" label={t("form.visibilityMembers")} />
            </Stack>
          </FormField>
        </SimpleGrid>
      </Fieldset>

      {isFunding && (
        <Fieldset legend={t("form.sections.funding")} data-testid="funding-fields">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <FormField
              control={control}
              name="fundingProgramme"
              component={TextInput}
              label={t("form.fundingProgramme")}
              withAsterisk
              maxLength={300}
            />
            <FormField
              control={control}
              name="fundingDeadline"
              component={DateField}
              empty={null}
              label={t("form.fundingDeadline")}
              withAsterisk
            />
          </SimpleGrid>
        </Fieldset>
      )}
    </>
  );
}
