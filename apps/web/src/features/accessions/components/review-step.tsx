// Step 5: the whole declaration and the checks, then submit (or submit again when returned).
import type { Accession } from "@cni/contracts/accessions";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useSubmitAccession } from "../api/submit-accession";
import { AccessionSummary } from "./accession-summary";
import { ChecksList } from "./checks-list";

type Props = { accession: Accession; onBack: () => void };

export function ReviewStep({ accession, onBack }: Props) {
  const { t } = useTranslation("accessions");
  const submit = useSubmitAccession();
  const again = accession.status === "returned";

  async function onSubmit() {
    try {
      await submit.mutateAsync(accession.id);
      notify.success(t("review.submitted"));
    } catch {
      // shown below
    }
  }

  return (
    <Stack gap="md">
      <Text>{t("review.intro")}</Text>
      <AccessionSummary accession={accession} headingOrder={3} />
      <ChecksList accession={accession} headingOrder={3} />
      {submit.isError && (
        <Alert role="alert" color="red" variant="light">
          {errorMessage(t, submit.error, "accessions")}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t("steps.back")}
        </Button>
        <Button onClick={() => void onSubmit()} loading={submit.isPending}>
          {again ? t("review.resubmit") : t("review.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
