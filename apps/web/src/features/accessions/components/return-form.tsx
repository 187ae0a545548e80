// Return a submitted declaration to the municipality, only for listed formal defects (the
// secretariat checks the form; it does not judge the accession), with a note. A dialog
// with one checkbox per defect and the note; at least one defect and the note are needed.
import {
  ACCESSION_DEFECTS,
  type Accession,
  type AccessionDefect,
  returnAccessionBody,
} from "@cni/contracts/accessions";
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useReturnAccession } from "../api/return-accession";

export function ReturnForm({ accession }: { accession: Accession }) {
  const { t } = useTranslation(["accessions", "forms"]);
  const [opened, { open, close }] = useDisclosure(false);
  const [defects, setDefects] = useState<AccessionDefect[]>([]);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ defects?: string; note?: string }>({});
  const mutation = useReturnAccession();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = returnAccessionBody.safeParse({ defects, note });
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setErrors({
        defects: paths.has("defects") ? t("detail.defectsRequired") : undefined,
        note: paths.has("note") ? t("forms:required") : undefined,
      });
      return;
    }
    try {
      await mutation.mutateAsync({ id: accession.id, ...parsed.data });
      close();
      notify.info(t("detail.returned"));
      setDefects([]);
      setNote("");
    } catch {
      // shown in the dialog
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="return-title">
      <Title order={3} size="h4" id="return-title">
        {t("detail.return")}
      </Title>
      <Text size="sm">{t("detail.returnHint")}</Text>
      <div>
        <Button
          variant="outline"
          color="red.9"
          onClick={() => {
            mutation.reset();
            setErrors({});
            open();
          }}
        >
          {t("detail.returnButton")}
        </Button>
      </div>
      <Modal
        opened={opened}
        onClose={close}
        title={t("detail.returnDialogTitle")}
        centered
        size="lg"
        closeButtonProps={{ "aria-label": t("my.cancel") }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Checkbox.Group
              label={t("detail.defects")}
              description={t("detail.defectsHint")}
              required
              value={defects}
              onChange={(value) => {
                setDefects(value as AccessionDefect[]);
                setErrors((e) => ({ ...e, defects: undefined }));
              }}
              error={errors.defects}
            >
              <Stack gap="xs" mt="xs">
                {ACCESSION_DEFECTS.map((code) => (
                  <Checkbox key={code} value={code} label={t(`defect.${code}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t("detail.note")}
              description={t("detail.noteHint")}
              required
              autosize
              minRows={3}
              maxLength={4000}
              value={note}
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setErrors((e) => ({ ...e, note: undefined }));
              }}
              error={errors.note}
            />
            {mutation.isError && (
              <Alert role="alert" color="red" variant="light">
                {errorMessage(t, mutation.error, "accessions")}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t("my.cancel")}
              </Button>
              <Button type="submit" color="red.9" loading={mutation.isPending}>
                {t("detail.returnConfirm")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
