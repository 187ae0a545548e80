// Step 1: the council decision. Validated in the browser with the same schema and rules as
// the API (packages/contracts `councilDecision`), so "35 present out of 25" is caught next
// to the field before anything is sent; the API's 422 lands on the same fields.
import { type Accession, type CouncilDecision, councilDecision } from "@cni/contracts/accessions";
import { quorumNeeded } from "@cni/domain/council-decision";
import { athensToday } from "@cni/domain/dates";
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { useCreateAccession } from "../api/create-accession";
import { useUpdateAccession } from "../api/update-accession";
import { applyProblem, stepResolver } from "../utils/form";
import type { DecisionFigures } from "../utils/rules";

type Values = {
  number: string;
  session: string;
  date: string;
  membersTotal: number | "";
  membersPresent: number | "";
  vote: "unanimous" | "majority";
  votesFor: number | "";
  diavgeiaAda: string;
};

const FIELDS = [
  "number",
  "session",
  "date",
  "membersTotal",
  "membersPresent",
  "vote",
  "votesFor",
  "diavgeiaAda",
] as const;

function valuesOf(accession: Accession | null): Values {
  const d = accession?.councilDecision;
  return {
    number: d?.number ?? "",
    session: d?.session ?? "",
    date: d?.date ?? "",
    membersTotal: d?.membersTotal ?? "",
    membersPresent: d?.membersPresent ?? "",
    vote: d?.vote ?? "unanimous",
    votesFor: d?.votesFor ?? "",
    diavgeiaAda: d?.diavgeiaAda ?? "",
  };
}

const toNumber = (value: number | "") => (value === "" ? undefined : value);

/** The form values as the API takes them. */
function toInput(v: Values) {
  return {
    number: v.number.trim(),
    session: v.session.trim(),
    date: v.date,
    membersTotal: toNumber(v.membersTotal),
    membersPresent: toNumber(v.membersPresent),
    vote: v.vote,
    votesFor: v.vote === "majority" ? (v.votesFor === "" ? null : v.votesFor) : null,
    diavgeiaAda: v.diavgeiaAda.trim() || null,
  };
}

function figuresOf(v: Values): DecisionFigures {
  const input = toInput(v);
  return {
    ...input,
    membersTotal: input.membersTotal ?? null,
    membersPresent: input.membersPresent ?? null,
  };
}

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
            <TextInput
              label={t("decision.session")}
              description={t("decision.sessionHint")}
              required
              autoComplete="off"
              error={errors.session?.message}
              {...register("session")}
            />
            <TextInput
              type="date"
              label={t("decision.date")}
              required
              max={today}
              error={errors.date?.message}
              {...register("date")}
            />
            <TextInput
              label={t("decision.diavgeiaAda")}
              description={t("decision.diavgeiaAdaHint")}
              autoComplete="off"
              error={errors.diavgeiaAda?.message}
              {...register("diavgeiaAda")}
            />
            <Controller
              control={control}
              name="membersTotal"
              render={({ field }) => (
                <NumberInput
                  label={t("decision.membersTotal")}
                  description={
                    typeof total === "number" && total > 0
                      ? t("decision.quorumInfo", { total, needed: quorumNeeded(total) })
                      : undefined
                  }
                  required
                  min={1}
                  max={1000}
                  allowDecimal={false}
                  allowNegative={false}
                  error={errors.membersTotal?.message}
                  {...field}
                  onChange={(value) => field.onChange(typeof value === "number" ? value : "")}
                />
              )}
            />
            <Controller
              control={control}
              name="membersPresent"
              render={({ field }) => (
                <NumberInput
                  label={t("decision.membersPresent")}
                  required
                  min={0}
                  max={1000}
                  allowDecimal={false}
                  allowNegative={false}
                  error={errors.membersPresent?.message}
                  {...field}
                  onChange={(value) => field.onChange(typeof value === "number" ? value : "")}
                />
              )}
            />
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
            {vote === "majority" && (
              <Controller
                control={control}
                name="votesFor"
                render={({ field }) => (
                  <NumberInput
                    label={t("decision.votesFor")}
                    description={t("decision.votesForHint")}
                    required
                    min={0}
                    max={1000}
                    allowDecimal={false}
                    allowNegative={false}
                    error={errors.votesFor?.message}
                    {...field}
                    onChange={(value) => field.onChange(typeof value === "number" ? value : "")}
                  />
                )}
              />
            )}
          </SimpleGrid>
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
