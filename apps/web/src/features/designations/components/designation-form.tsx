// Replace the representative or the alternate (the municipality's officer or a coordinator):
// the person, and the act that designates them (a mayoral or a council decision, with its
// ΑΔΑ on Diavgeia when posted, and optionally its PDF, sent once the designation is saved).

import { person } from "@cni/contracts/accessions";
import { DESIGNATION_ACT_KINDS, type DesignationActKind } from "@cni/contracts/designations";
import { isValidAda } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import type { DesignationRole } from "@cni/domain/enums";
import {
  Alert,
  Button,
  Fieldset,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormDateField } from "@/components/form-date-field";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors, formResolver } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { pdfFileProblem } from "@/lib/pdf-file";
import { useAttachActDocument } from "../api/attach-act-document";
import { useReplaceDesignation } from "../api/replace-designation";

type Values = {
  name: string;
  email: string;
  phone: string;
  position: string;
  actKind: DesignationActKind;
  actNumber: string;
  actDate: string;
  actAda: string;
};
const FIELDS = ["name", "email", "phone", "position", "actNumber", "actDate", "actAda"] as const;

const schema = z.object({
  name: person.shape.name,
  email: person.shape.email,
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/),
  position: z.string().trim().max(200),
  actKind: z.enum(DESIGNATION_ACT_KINDS),
  actNumber: z.string().trim().min(1).max(30),
  actDate: z.iso.date(),
  actAda: z
    .string()
    .trim()
    .max(50)
    .refine((v) => !v || isValidAda(v), { params: { key: "ADA_INVALID" } }),
});

/** The API's act fields → the form's. */
const formPathOf = (path: string) =>
  path.startsWith("act.")
    ? `act${path[4]?.toUpperCase()}${path.slice(5)}`.replace("actDiavgeiaAda", "actAda")
    : path;

type Props = { municipalityId: string; role: DesignationRole; onDone: () => void };

export function DesignationForm({ municipalityId, role, onDone }: Props) {
  const { t } = useTranslation(["designations", "forms"]);
  const replace = useReplaceDesignation();
  const attach = useAttachActDocument();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, control } = useForm<Values>({
    defaultValues: {
      name: "",
      email: "",
      phone: "",
      position: "",
      actKind: "mayoral_decision",
      actNumber: "",
      actDate: "",
      actAda: "",
    },
    resolver: formResolver(schema, t),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    // the PDF is checked before anything is saved, so a wrong file never leaves a half act
    const problem = file ? await pdfFileProblem(file) : null;
    setFileError(problem ? t(`act.file.${problem}`) : null);
    if (problem) return;
    let saved: Awaited<ReturnType<typeof replace.mutateAsync>>;
    try {
      saved = await replace.mutateAsync({
        municipalityId,
        role,
        person: {
          name: values.name,
          email: values.email,
          phone: values.phone.trim() || null,
          position: values.position.trim() || null,
        },
        act: {
          kind: values.actKind,
          number: values.actNumber,
          date: values.actDate,
          diavgeiaAda: values.actAda.trim() || null,
        },
      });
    } catch (error) {
      applyServerErrors(t, error, setError, FIELDS, formPathOf);
      return;
    }
    const designationId = saved[role]?.id;
    if (file && designationId) {
      try {
        await attach.mutateAsync({ designationId, municipalityId, file });
      } catch (error) {
        // the designation stands; its card offers to attach the PDF again
        notify.error(t("act.file.notAttached", { reason: errorMessage(t, error, "designations") }));
        onDone();
        return;
      }
    }
    notify.success(t("saved"));
    onDone();
  });

  const prefix = `designation-${role}`;
  return (
    <ReadOnlyWhileViewing>
      <form onSubmit={onSubmit} noValidate aria-label={t(`replace.${role}`)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              id={`${prefix}-name`}
              label={t("fields.name")}
              required
              autoComplete="off"
              error={errors.name?.message}
              {...register("name")}
            />
            <TextInput
              id={`${prefix}-email`}
              type="email"
              label={t("fields.email")}
              required
              autoComplete="off"
              error={errors.email?.message}
              {...register("email")}
            />
            <TextInput
              id={`${prefix}-phone`}
              type="tel"
              label={t("fields.phone")}
              autoComplete="off"
              error={errors.phone?.message}
              {...register("phone")}
            />
            <TextInput
              id={`${prefix}-position`}
              label={t("fields.position")}
              autoComplete="off"
              error={errors.position?.message}
              {...register("position")}
            />
          </SimpleGrid>
          <Fieldset legend={t("act.legend")} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Controller
                control={control}
                name="actKind"
                render={({ field }) => (
                  <Select
                    id={`${prefix}-act-kind`}
                    label={t("act.kind")}
                    data={DESIGNATION_ACT_KINDS.map((kind) => ({
                      value: kind,
                      label: t(`act.kinds.${kind}`),
                    }))}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? "mayoral_decision")}
                    allowDeselect={false}
                    required
                  />
                )}
              />
              <TextInput
                id={`${prefix}-act-number`}
                label={t("act.number")}
                description={t("act.numberHint")}
                required
                autoComplete="off"
                error={errors.actNumber?.message}
                {...register("actNumber")}
              />
              <FormDateField
                control={control}
                name="actDate"
                id={`${prefix}-act-date`}
                max={athensToday()}
                label={t("act.date")}
                required
                error={errors.actDate?.message}
              />
              <TextInput
                id={`${prefix}-act-ada`}
                label={t("act.ada")}
                description={t("act.adaHint")}
                autoComplete="off"
                error={errors.actAda?.message}
                {...register("actAda")}
              />
            </SimpleGrid>
            <FileInput
              id={`${prefix}-act-file`}
              mt="sm"
              label={t("act.file.label")}
              description={t("act.file.hint")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              placeholder={t("act.file.placeholder")}
              // the default placeholder grey is 2:1 on white; "dimmed" passes AA
              styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
              accept="application/pdf,.pdf"
              clearable
              clearButtonProps={{ "aria-label": t("act.file.clear") }}
              leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
              value={file}
              onChange={(value) => {
                setFileError(null);
                setFile(value);
              }}
              error={fileError}
            />
          </Fieldset>
          {replace.isError && !Object.keys(errors).length && (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(t, replace.error, "designations")}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={replace.isPending || attach.isPending}>
              {t("save")}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t("cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </ReadOnlyWhileViewing>
  );
}
