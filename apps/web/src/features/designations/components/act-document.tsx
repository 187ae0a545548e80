// The PDF of a designation's act: a download link when attached (the parties' accounts and
// the coordinators see designations at all), else, for whoever may designate, a way to
// attach it (once: a wrong act is corrected by a new designation).
import type { Designation } from "@cni/contracts/designations";
import { Anchor, Button, FileInput, Group, Stack } from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { pdfFileProblem } from "@/lib/pdf-file";
import { actDocumentUrl, useAttachActDocument } from "../api/attach-act-document";

export function ActDocumentLink({ designation }: { designation: Designation }) {
  const { t } = useTranslation("designations");
  if (!designation.act?.documentId) return null;
  return (
    <Anchor href={actDocumentUrl(designation.id)} size="sm" download>
      <IconFileTypePdf size={14} aria-hidden="true" style={{ verticalAlign: "-2px" }} />{" "}
      {t("act.file.link", {
        kind: t(`act.kinds.${designation.act.kind}`),
        number: designation.act.number,
      })}
    </Anchor>
  );
}

export function AttachActDocument({
  designation,
  municipalityId,
}: {
  designation: Designation;
  municipalityId: string;
}) {
  const { t } = useTranslation("designations");
  const attach = useAttachActDocument();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!designation.act || designation.act.documentId) return null;

  const onAttach = async () => {
    if (!file) return;
    const why = await pdfFileProblem(file);
    if (why) {
      setProblem(t(`act.file.${why}`));
      return;
    }
    attach.mutate(
      { designationId: designation.id, municipalityId, file },
      {
        onSuccess: () => {
          setFile(null);
          notify.success(t("act.file.attached"));
        },
        onError: (error) => setProblem(errorMessage(t, error, "designations")),
      },
    );
  };

  return (
    <ReadOnlyWhileViewing>
      <Stack gap={4} mt="xs">
        <FileInput
          size="xs"
          label={t("act.file.attachLabel")}
          placeholder={t("act.file.placeholder")}
          styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
          accept="application/pdf,.pdf"
          clearable
          clearButtonProps={{ "aria-label": t("act.file.clear") }}
          leftSection={<IconFileTypePdf size={14} aria-hidden="true" />}
          value={file}
          onChange={(value) => {
            setProblem(null);
            setFile(value);
          }}
          error={problem}
        />
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={!file}
            loading={attach.isPending}
            onClick={() => void onAttach()}
          >
            {t("act.file.attach")}
          </Button>
        </Group>
      </Stack>
    </ReadOnlyWhileViewing>
  );
}
