// Return a submitted declaration to the municipality with a note (required).
import { type Accession, returnAccessionBody } from "@cni/contracts/accessions";
import { Alert, Button, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { useReturnAccession } from "../api/return-accession";
import { notify } from "../utils/notify";

export function ReturnForm({ accession }: { accession: Accession }) {
  const { t } = useTranslation(["accessions", "forms"]);
  const [note, setNote] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const returnMutation = useReturnAccession();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!returnAccessionBody.safeParse({ note }).success) {
      setFieldError(t("forms:required"));
      return;
    }
    try {
      await returnMutation.mutateAsync({ id: accession.id, note: note.trim() });
      notify(t, t("detail.returned"));
      setNote("");
    } catch {
      // shown below
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="return-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="return-title">
          {t("detail.return")}
        </Title>
        <Text size="sm">{t("detail.returnHint")}</Text>
        <Textarea
          label={t("detail.note")}
          required
          autosize
          minRows={3}
          maxLength={4000}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setFieldError(null);
          }}
          error={fieldError}
        />
        {returnMutation.isError && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, returnMutation.error, "accessions")}
          </Alert>
        )}
        <div>
          <Button type="submit" variant="outline" color="red.9" loading={returnMutation.isPending}>
            {t("detail.returnConfirm")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
