// Step 2: who signs the Memorandum for the municipality (usually the mayor).
import { type Accession, signatory } from "@cni/contracts/accessions";
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { useUpdateAccession } from "../api/update-accession";
import { applyProblem, stepResolver } from "../utils/form";

type Values = { name: string; title: string };

type Props = { accession: Accession; onSaved: (a: Accession) => void; onBack: () => void };

export function SignatoryStep({ accession, onSaved, onBack }: Props) {
  const { t } = useTranslation(["accessions", "forms"]);
  const update = useUpdateAccession();
  const resolver = useMemo(() => stepResolver<Values>(signatory, (v) => v, t), [t]);
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      name: accession.signatory?.name ?? "",
      title: accession.signatory?.title ?? "",
    },
    resolver,
    reValidateMode: "onChange",
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    try {
      onSaved(await update.mutateAsync({ id: accession.id, body: { signatory: values } }));
    } catch (error) {
      applyProblem<Values>(t, error, setError, (path) => {
        const field = path.replace(/^signatory\./, "");
        return field === "name" || field === "title" ? field : undefined;
      });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t("signatory.legend")}>
          <Text size="sm" mb="md">
            {t("signatory.hint")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t("signatory.name")}
              required
              autoComplete="off"
              error={errors.name?.message}
              {...register("name")}
            />
            <TextInput
              label={t("signatory.title")}
              placeholder={t("signatory.titlePlaceholder")}
              required
              autoComplete="off"
              error={errors.title?.message}
              {...register("title")}
            />
          </SimpleGrid>
        </Fieldset>
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
