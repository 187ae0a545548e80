// Replace the representative or the alternate (the municipality's officer or a coordinator).
import { person } from "@cni/contracts/accessions";
import type { DesignationRole } from "@cni/domain/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors, zodErrorMap } from "@/lib/form-errors";
import { notify } from "@/lib/notify";
import { useReplaceDesignation } from "../api/replace-designation";

type Values = { name: string; email: string; phone: string; position: string };
const FIELDS = ["name", "email", "phone", "position"] as const;

const schema = z.object({
  name: person.shape.name,
  email: person.shape.email,
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/),
  position: z.string().trim().max(200),
});

type Props = { municipalityId: string; role: DesignationRole; onDone: () => void };

export function DesignationForm({ municipalityId, role, onDone }: Props) {
  const { t } = useTranslation(["designations", "forms"]);
  const replace = useReplaceDesignation();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { name: "", email: "", phone: "", position: "" },
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
      });
      notify.success(t("saved"));
      onDone();
    } catch (error) {
      applyServerErrors(t, error, setError, FIELDS);
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
