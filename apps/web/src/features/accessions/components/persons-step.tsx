// Step 3: the representative and the alternate (MoU: one each, two different people). Both
// are optional here: designating them is a duty of a party, not a condition of joining, so
// they may be designated after the declaration is notified. A person is either left blank
// or given with at least a name and an e-mail.
import { type Accession, type Person, person, samePerson } from "@cni/contracts/accessions";
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { type FieldErrors, type UseFormRegister, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { errorMessage } from "@/lib/errors";
import { useUpdateAccession } from "../api/update-accession";
import { applyProblem, stepResolver } from "../utils/form";

type PersonValues = { name: string; email: string; phone: string; position: string };
type Values = { representative: PersonValues; alternate: PersonValues };

const schema = z
  .object({ representative: person.nullable(), alternate: person.nullable() })
  .superRefine((v, ctx) => {
    if (samePerson(v.representative, v.alternate)) {
      ctx.addIssue({
        code: "custom",
        path: ["alternate", "email"],
        message: "SAME_PERSON",
        params: { code: "SAME_PERSON" },
      });
    }
  });
const ROLES = ["representative", "alternate"] as const;
const FIELDS = ["name", "email", "phone", "position"] as const;

const valuesOf = (p: Person | null): PersonValues => ({
  name: p?.name ?? "",
  email: p?.email ?? "",
  phone: p?.phone ?? "",
  position: p?.position ?? "",
});

/** A blank person is "not given" (null); anything typed must make a valid person. */
const toPerson = (p: PersonValues) =>
  [p.name, p.email, p.phone, p.position].every((v) => !v.trim())
    ? null
    : {
        name: p.name.trim(),
        email: p.email.trim(),
        phone: p.phone.trim() || null,
        position: p.position.trim() || null,
      };

const toInput = (v: Values) => ({
  representative: toPerson(v.representative),
  alternate: toPerson(v.alternate),
});

function PersonFields({
  role,
  register,
  errors,
}: {
  role: (typeof ROLES)[number];
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
}) {
  const { t } = useTranslation("accessions");
  const e = errors[role];
  const optional = ` (${t("persons.optional")})`;
  return (
    <Fieldset legend={`${t(`persons.${role}`)} (${t("persons.optional")})`}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t("persons.name")}
          autoComplete="off"
          error={e?.name?.message}
          {...register(`${role}.name`)}
        />
        <TextInput
          type="email"
          label={t("persons.email")}
          autoComplete="off"
          error={e?.email?.message}
          {...register(`${role}.email`)}
        />
        <TextInput
          type="tel"
          label={`${t("persons.phone")}${optional}`}
          autoComplete="off"
          error={e?.phone?.message}
          {...register(`${role}.phone`)}
        />
        <TextInput
          label={`${t("persons.position")}${optional}`}
          autoComplete="off"
          error={e?.position?.message}
          {...register(`${role}.position`)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

type Props = { accession: Accession; onSaved: (a: Accession) => void; onBack: () => void };

export function PersonsStep({ accession, onSaved, onBack }: Props) {
  const { t } = useTranslation(["accessions", "forms"]);
  const update = useUpdateAccession();
  const resolver = useMemo(() => stepResolver<Values>(schema, toInput, t), [t]);
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      representative: valuesOf(accession.representative),
      alternate: valuesOf(accession.alternate),
    },
    resolver,
    reValidateMode: "onChange",
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      onSaved(await update.mutateAsync({ id: accession.id, body: toInput(values) }));
    } catch (error) {
      applyProblem<Values>(t, error, setError, (path) => {
        const [role, field] = path.split(".");
        if (path === "alternate") return "alternate.email";
        return (ROLES as readonly string[]).includes(role ?? "") &&
          (FIELDS as readonly string[]).includes(field ?? "")
          ? path
          : undefined;
      });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t("persons.hint")}</Text>
        {ROLES.map((role) => (
          <PersonFields key={role} role={role} register={register} errors={errors} />
        ))}
        {update.isError && !Object.keys(errors).length && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, update.error, "accessions")}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t("steps.back")}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {t("steps.saveAndContinue")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
