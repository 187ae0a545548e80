// Step 1: the council decision. Validated in the browser with the same schema and rules as
// the API (packages/contracts `councilDecision`), so "35 present out of 25" is caught next
// to the field before anything is sent; the API's 422 lands on the same fields. The
// decision is judged on those present at the vote of its agenda item (members come and go
// during a session); the ΑΔΑ links the decision to its posting on Diavgeia.

import { type Accession, type CouncilDecision, councilDecision } from "@cni/contracts/accessions";
import { quorumNeeded } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormDateField } from "@/components/form-date-field";
import { errorMessage } from "@/lib/errors";
import { useCreateAccession } from "../api/create-accession";
import { useUpdateAccession } from "../api/update-accession";
import {
  FIELDS,
  figuresOf,
  toInput,
  type DecisionValues as Values,
  valuesOf,
} from "../utils/decision-values";
import { applyProblem, stepResolver } from "../utils/form";
import { CountField } from "./count-field";

type Props = {
  municipalityId: string;
  accession: Accession | null;
  onSaved: (accession: Accession) => void;
};

export function DecisionStep({ municipalityId, accession, onSaved }: Props) {
  const { t } = useTranslation(["accessions", "forms"]);
  const create = useCreateAccession();
  const update = useUpdateAccession();
  const mutation = accession ? update : create;
  const resolver = useMemo(() => stepResolver<Values>(councilDecision, toInput, t, figuresOf), [t]);
  const form = useForm<Values>({
    defaultValues: valuesOf(accession),
    resolver,
    reValidateMode: "onChange",
  });
  const { register, control, handleSubmit, formState, setError, watch } = form;
  const errors = formState.errors;
  const vote = watch("vote");
  const total = watch("membersTotal");
  const today = athensToday();

  const onSubmit = handleSubmit(async (values) => {
    // the resolver has checked it: every required figure is there
    const body = { councilDecision: toInput(values) as CouncilDecision };
    try {
      const saved = accession
        ? await update.mutateAsync({ id: accession.id, body })
        : await create.mutateAsync({ municipalityId, ...body });
      onSaved(saved);
    } catch (error) {
      applyProblem<Values>(
        t,
        error,
        setError,
        (path) => {
          const field = path.replace(/^councilDecision\./, "");
          return (FIELDS as readonly string[]).includes(field) ? field : undefined;
        },
        figuresOf(values),
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="decision-hint">
      <Stack gap="md">
        <Fieldset legend={t("decision.legend")}>
          <Text size="sm" mb="md" id="decision-hint">
            {t("decision.hint")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t("decision.number")}
              description={t("decision.numberHint")}
              required
              autoComplete="off"
              error={errors.number?.message}
              {...register("number")}
            />
            <FormDateField
              control={control}
              name="date"
              label={t("decision.date")}
              required
              max={today}
              error={errors.date?.message}
            />
            <TextInput
              label={t("decision.session")}
              description={t("decision.sessionHint")}
              required
              autoComplete="off"
              error={errors.session?.message}
              {...register("session")}
            />
            <TextInput
              label={t("decision.agendaItem")}
              description={t("decision.agendaItemHint")}
              autoComplete="off"
              error={errors.agendaItem?.message}
              {...register("agendaItem")}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("decision.attendanceLegend")}>
          <Text size="sm" mb="md">
            {t("decision.attendanceHint")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <CountField
              control={control}
              name="membersTotal"
              label={t("decision.membersTotal")}
              description={
                typeof total === "number" && total > 0
                  ? t("decision.quorumInfo", { total, needed: quorumNeeded(total) })
                  : undefined
              }
              required
              min={1}
              error={errors.membersTotal?.message}
            />
            <CountField
              control={control}
              name="membersPresentAtOpening"
              label={t("decision.membersPresentAtOpening")}
              description={t("decision.membersPresentAtOpeningHint")}
              error={errors.membersPresentAtOpening?.message}
            />
            <CountField
              control={control}
              name="membersPresent"
              label={t("decision.membersPresent")}
              description={t("decision.membersPresentHint")}
              required
              error={errors.membersPresent?.message}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("decision.voteLegend")}>
          <Stack gap="md">
            <Controller
              control={control}
              name="vote"
              render={({ field }) => (
                <Radio.Group
                  label={t("decision.vote")}
                  required
                  error={errors.vote?.message}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  name={field.name}
                >
                  <Group gap="lg" mt={6}>
                    <Radio value="unanimous" label={t("vote.unanimous")} />
                    <Radio value="majority" label={t("vote.majority")} />
                  </Group>
                </Radio.Group>
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <CountField
                control={control}
                name="votesFor"
                label={t("decision.votesFor")}
                description={
                  vote === "majority" ? t("decision.votesForHint") : t("decision.optionalCount")
                }
                required={vote === "majority"}
                error={errors.votesFor?.message}
              />
              {vote === "majority" && (
                <CountField
                  control={control}
                  name="votesAgainst"
                  label={t("decision.votesAgainst")}
                  description={t("decision.optionalCount")}
                  error={errors.votesAgainst?.message}
                />
              )}
              <CountField
                control={control}
                name="votesBlank"
                label={t("decision.votesBlank")}
                description={t("decision.optionalCount")}
                error={errors.votesBlank?.message}
              />
            </SimpleGrid>
            {vote === "majority" && (
              <Checkbox
                label={t("decision.castingVote")}
                description={t("decision.castingVoteHint")}
                error={errors.castingVote?.message}
                {...register("castingVote")}
              />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t("decision.diavgeiaLegend")}>
          <Text size="sm" mb="md" id="ada-why">
            {t("decision.diavgeiaWhy")}
          </Text>
          <TextInput
            label={t("decision.diavgeiaAda")}
            description={t("decision.diavgeiaAdaHint")}
            autoComplete="off"
            maw={360}
            error={errors.diavgeiaAda?.message}
            {...register("diavgeiaAda")}
          />
        </Fieldset>
        {mutation.isError && !Object.keys(errors).length && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, mutation.error, "accessions")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={formState.isSubmitting}>
            {t("steps.saveAndContinue")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
