// Replace the representative or the alternate (the municipality's officer or a coordinator):
// the person, and the act that designates them (a mayoral or a council decision, with its
// ΑΔΑ on Diavgeia when posted).
import { person } from "@cni/contracts/accessions";
import { DESIGNATION_ACT_KINDS, type DesignationActKind } from "@cni/contracts/designations";
import { isValidAda } from "@cni/domain/council-decision";
import type { DesignationRole } from "@cni/domain/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors, zodErrorMap } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
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
    resolver: zodResolver(schema, { error: zodErrorMap(t) }),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await replace.mutateAsync({
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
      notify.success(t("saved"));
      onDone();
    } catch (error) {
      applyServerErrors(t, error, setError, FIELDS, formPathOf);
    }
  });

  const prefix = `designation-${role}`;
  return (
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
            <TextInput
              id={`${prefix}-act-date`}
              type="date"
              label={t("act.date")}
              required
              error={errors.actDate?.message}
              {...register("actDate")}
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
        </Fieldset>
        {replace.isError && !Object.keys(errors).length && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, replace.error, "designations")}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={replace.isPending}>
            {t("save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
