// The municipality's evaluation: a 1–5 score per pillar (radio groups: arrow keys move
// between the five choices) and three texts. Editable until the cycle is closed.
import { type Evaluation, type EvaluationBody, evaluationBody } from "@cni/contracts/reviews";
import { PILLARS, type Pillar } from "@cni/domain/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useEffect } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useSaveEvaluation } from "../api/save-evaluation";

type Props = {
  dueOn: string;
  municipalityId: string;
  current: Evaluation | null;
  /** False once the cycle is closed (or not open yet): the form is shown read-only. */
  editable: boolean;
};

type FormValues = {
  scores: Record<Pillar, number | undefined>;
  achievements: string;
  challenges: string;
  proposals: string;
};

const SCORES = [1, 2, 3, 4, 5] as const;

function toValues(current: Evaluation | null): FormValues {
  return {
    scores: {
      employability: current?.scores.employability,
      municipal_structures: current?.scores.municipal_structures,
      inclusion: current?.scores.inclusion,
    },
    achievements: current?.achievements ?? "",
    challenges: current?.challenges ?? "",
    proposals: current?.proposals ?? "",
  };
}

const TEXT_FIELDS = ["achievements", "challenges", "proposals"] as const;

export function EvaluationForm({ dueOn, municipalityId, current, editable }: Props) {
  const { t } = useTranslation("reviews");
  const save = useSaveEvaluation();
  const form = useForm<FormValues, unknown, EvaluationBody>({
    // The form holds numbers or "not chosen yet"; the shared schema says what is valid.
    resolver: zodResolver(evaluationBody) as never,
    defaultValues: toValues(current),
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.reset(toValues(current));
  }, [current, form]);

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      await save.mutateAsync({ dueOn, municipalityId, body });
      notify.success(t("form.saved"));
    } catch (error) {
      if (isApiError(error)) {
        for (const fieldError of error.errors) {
          form.setError(fieldError.path as FieldPath<FormValues>, {
            type: "server",
            message: fieldError.message,
          });
        }
      }
    }
  });

  const scoreError = (pillar: Pillar) =>
    errors.scores?.[pillar] ? t("form.errors.score") : undefined;
  const textError = (field: (typeof TEXT_FIELDS)[number]) =>
    errors[field] ? t(`form.errors.${field}`) : undefined;

  return (
    <ReadOnlyWhileViewing>
      <form onSubmit={onSubmit} noValidate aria-labelledby="evaluation-heading">
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t("form.scale")}
          </Text>
          {PILLARS.map((pillar) => (
            <Controller
              key={pillar}
              control={form.control}
              name={`scores.${pillar}`}
              render={({ field }) => (
                <Radio.Group
                  label={t(`pillar.${pillar}`)}
                  description={t(`pillarDescription.${pillar}`)}
                  value={field.value === undefined ? "" : String(field.value)}
                  onChange={(value) => field.onChange(Number(value))}
                  error={scoreError(pillar)}
                  withAsterisk
                  data-pillar={pillar}
                >
                  <Group gap="lg" mt="xs">
                    {SCORES.map((score) => (
                      <Radio
                        key={score}
                        value={String(score)}
                        label={score}
                        aria-label={`${score} – ${t(`form.scoreMeaning.${score}`)}`}
                        disabled={!editable}
                        onBlur={field.onBlur}
                      />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
          ))}
          {TEXT_FIELDS.map((field) => (
            <Textarea
              key={field}
              label={t(`form.${field}`)}
              description={t(`form.${field}Help`)}
              autosize
              minRows={3}
              maxRows={12}
              withAsterisk={field !== "proposals"}
              readOnly={!editable}
              error={textError(field)}
              {...form.register(field)}
            />
          ))}
          {save.isError && !(isApiError(save.error) && save.error.errors.length > 0) && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error, "reviews")}
            </Alert>
          )}
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {current ? t("form.update") : t("form.submit")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </ReadOnlyWhileViewing>
  );
}
