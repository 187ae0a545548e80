// A party's answer: its council decision (answer, number, date, ΑΔΑ) and the decision's
// PDF. An officer answers for its own municipality; a coordinator records the decision of
// any party among those the proposal was circulated to.
import type { AmendmentDetail, ConsentAnswerValue } from "@cni/contracts/amendments";
import { athensToday } from "@cni/domain/dates";
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { municipalityName } from "@/entities/municipality/name";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useRecordAnswer } from "../api/record-answer";

type Props = {
  amendment: AmendmentDetail;
  /** The officer's own municipality, or null for a coordinator (who picks the party). */
  ownMunicipalityId: string | null;
};

export function AnswerForm({ amendment, ownMunicipalityId }: Props) {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  const record = useRecordAnswer();
  const fileId = useId();
  const choices = amendment.parties.filter((p) =>
    ownMunicipalityId ? p.municipalityId === ownMunicipalityId : p.state !== "dropped_out",
  );
  const firstPending = choices.find((p) => p.state === "pending") ?? choices[0];
  const [party, setParty] = useState(firstPending?.municipalityId ?? "");
  const [answer, setAnswer] = useState<ConsentAnswerValue>("consent");
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decisionDate, setDecisionDate] = useState(athensToday());
  const [ada, setAda] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  // a new key clears the file input after a recorded answer
  const [fileKey, setFileKey] = useState(0);
  if (choices.length === 0) return null;
  const current = choices.find((p) => p.municipalityId === party);
  const isChange = current?.answer !== null && current?.answer !== undefined;
  const fieldError = (path: string) =>
    isApiError(record.error) && record.error.errors.some((e) => e.path === path)
      ? errorMessage(t, record.error, "amendments")
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const gaps = {
      decisionNumber: !decisionNumber.trim(),
      decisionDate: !decisionDate,
      file: !file,
    };
    setMissing(gaps);
    if (gaps.decisionNumber || gaps.decisionDate || !file) return;
    try {
      await record.mutateAsync({
        id: amendment.id,
        municipalityId: party,
        fields: { answer, decisionNumber, decisionDate, diavgeiaAda: ada || undefined },
        file,
      });
      notify.success(t("answer.done"));
      setDecisionNumber("");
      setAda("");
      setFile(null);
      setFileKey((k) => k + 1);
    } catch {
      // shown below
    }
  }

  // «Δήμος Βόλου» / "Municipality of Volos", never the bare genitive
  const name = (p: { nameEl: string; nameEn: string }) => municipalityName(p, language);
  return (
    <ReadOnlyWhileViewing>
      <form onSubmit={submit} noValidate data-testid="answer-form">
        <Stack gap="md">
          <Text size="sm">
            {ownMunicipalityId ? t("answer.intro") : t("answer.introCoordinator")}
          </Text>
          {!ownMunicipalityId && (
            <NativeSelect
              label={t("answer.party")}
              value={party}
              onChange={(e) => setParty(e.currentTarget.value)}
              data={choices.map((p) => ({
                value: p.municipalityId,
                label: `${name(p)} — ${t(`register.state.${p.state}`, { date: "" })}`,
              }))}
              data-testid="answer-party"
            />
          )}
          <Radio.Group
            label={t("answer.answer")}
            value={answer}
            onChange={(v) => setAnswer(v as ConsentAnswerValue)}
            withAsterisk
          >
            <Group mt="xs">
              <Radio value="consent" label={t("answer.consent")} />
              <Radio value="refuse" label={t("answer.refuse")} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("answer.decisionNumber")}
              description={t("answer.decisionNumberHelp")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              value={decisionNumber}
              onChange={(e) => setDecisionNumber(e.currentTarget.value)}
              error={missing.decisionNumber ? t("answer.required") : fieldError("decisionNumber")}
              withAsterisk
            />
            <DateField
              label={t("answer.decisionDate")}
              value={decisionDate}
              max={athensToday()}
              onChange={(next) => setDecisionDate(next ?? "")}
              error={missing.decisionDate ? t("answer.required") : fieldError("decisionDate")}
              withAsterisk
            />
            <TextInput
              label={t("answer.ada")}
              description={t("answer.adaHelp")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              value={ada}
              onChange={(e) => setAda(e.currentTarget.value)}
              error={fieldError("diavgeiaAda")}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <label htmlFor={fileId}>
              <Text size="sm" fw={500} component="span">
                {t("answer.file")}{" "}
                <Text component="span" c="red.8" aria-hidden="true">
                  *
                </Text>
              </Text>
            </label>
            <input
              key={fileKey}
              id={fileId}
              type="file"
              accept="application/pdf,.pdf"
              required
              aria-describedby={`${fileId}-help`}
              aria-invalid={missing.file ? true : undefined}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              data-testid="answer-file"
            />
            <Text size="xs" c="dimmed" id={`${fileId}-help`}>
              {t("answer.fileHelp")}
            </Text>
            {missing.file && (
              <Text size="sm" c="red.8" role="alert">
                {t("answer.fileRequired")}
              </Text>
            )}
          </Stack>
          {isChange && (
            <Text size="sm" c="dimmed">
              {t("answer.change")}
            </Text>
          )}
          {record.error !== null && (
            <Alert color="red" role="alert" data-testid="answer-error">
              {errorMessage(t, record.error, "amendments")}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t("answer.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </ReadOnlyWhileViewing>
  );
}
