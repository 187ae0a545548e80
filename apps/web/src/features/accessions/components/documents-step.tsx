// Step 4: the PDFs. Checked in the browser first (size, and the `%PDF-` signature, like the
// API), then uploaded with a progress bar; the API checks the content again.
import {
  type Accession,
  DOCUMENT_KINDS,
  type DocumentInfo,
  type DocumentKind,
  MAX_DOCUMENT_BYTES,
} from "@cni/contracts/accessions";
import { Alert, Button, Fieldset, Group, NativeSelect, Progress, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useDeleteAccessionDocument } from "../api/delete-accession-document";
import { useUploadAccessionDocument } from "../api/upload-accession-document";
import { DocumentList } from "./document-list";

async function looksLikePdf(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === "%PDF-";
}

type Props = {
  accession: Accession;
  onContinue: () => void;
  onBack: () => void;
};

export function DocumentsStep({ accession, onContinue, onBack }: Props) {
  const { t } = useTranslation("accessions");
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<DocumentKind>(
    accession.documents.some((d) => d.kind === "decision") ? "signed_mou" : "decision",
  );
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useUploadAccessionDocument();
  const remove = useDeleteAccessionDocument();

  async function onUpload() {
    setProblem(null);
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setProblem(t("documents.chooseFile"));
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setProblem(t("documents.tooLarge"));
      return;
    }
    if (!(await looksLikePdf(file))) {
      setProblem(t("documents.notPdf"));
      return;
    }
    setProgress(0);
    try {
      const document = await upload.mutateAsync({
        accessionId: accession.id,
        file,
        kind,
        onProgress: setProgress,
      });
      notify.success(t("documents.uploaded", { name: document.filename }));
      if (inputRef.current) inputRef.current.value = "";
      if (kind === "decision") setKind("signed_mou");
    } catch (error) {
      setProblem(errorMessage(t, error, "accessions"));
    } finally {
      setProgress(null);
    }
  }

  async function onDelete(document: DocumentInfo) {
    setProblem(null);
    try {
      await remove.mutateAsync({ accessionId: accession.id, documentId: document.id });
      notify.info(t("documents.deleted"));
    } catch (error) {
      setProblem(errorMessage(t, error, "accessions"));
    }
  }

  const hasDocument = accession.documents.length > 0;

  return (
    <Stack gap="md">
      <Fieldset legend={t("documents.legend")}>
        <Stack gap="md">
          <Text size="sm">{t("documents.hint")}</Text>
          <DocumentList
            documents={accession.documents}
            onDelete={onDelete}
            deleting={remove.isPending ? (remove.variables?.documentId ?? null) : null}
          />
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t("documents.kind")}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as DocumentKind)}
              data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            />
            <div>
              <Text component="label" htmlFor={inputId} size="sm" fw={500} display="block" mb={4}>
                {t("documents.file")}
              </Text>
              <input
                id={inputId}
                ref={inputRef}
                type="file"
                accept="application/pdf,.pdf"
                aria-describedby={problem ? errorId : undefined}
                aria-invalid={problem ? true : undefined}
                onChange={() => setProblem(null)}
              />
            </div>
            <Button
              leftSection={<IconUpload size={16} aria-hidden="true" />}
              onClick={() => void onUpload()}
              loading={upload.isPending}
            >
              {t("documents.upload")}
            </Button>
          </Group>
          {progress !== null && (
            <Stack gap={4}>
              <Progress value={progress} aria-label={t("documents.progress")} animated />
              <Text size="sm" aria-live="polite">
                {t("documents.uploading", { percent: progress })}
              </Text>
            </Stack>
          )}
          {problem && (
            <Alert role="alert" color="red" variant="light" id={errorId}>
              {problem}
            </Alert>
          )}
        </Stack>
      </Fieldset>
      {!hasDocument && <Text size="sm">{t("documents.needOne")}</Text>}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t("steps.back")}
        </Button>
        <Button onClick={onContinue} disabled={!hasDocument}>
          {t("steps.continue")}
        </Button>
      </Group>
    </Stack>
  );
}
