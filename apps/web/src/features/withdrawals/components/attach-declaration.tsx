// Step 2: attach the signed written declaration (PDF) to the draft.
import { Button, FileInput, Group, Stack } from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useUploadWithdrawalDocument } from "../api/upload-withdrawal-document";

export function AttachDeclaration({ id }: { id: string }) {
  const { t } = useTranslation("withdrawals");
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadWithdrawalDocument();
  return (
    <ReadOnlyWhileViewing>
      <Stack gap="xs" maw={520}>
        <FileInput
          label={t("detail.upload")}
          description={t("form.fileDescription")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          placeholder={t("form.filePlaceholder")}
          // the default placeholder grey is 2:1 on white; "dimmed" (gray 7) passes AA
          styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
          accept="application/pdf,.pdf"
          clearable
          clearButtonProps={{ "aria-label": t("form.clearFile") }}
          leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
          value={file}
          onChange={(value) => {
            upload.reset();
            setFile(value);
          }}
          error={upload.isError ? errorMessage(t, upload.error, "withdrawals") : undefined}
          data-testid="declaration-file"
        />
        <Group>
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() =>
              file &&
              upload.mutate(
                { id, file },
                {
                  onSuccess: () => {
                    setFile(null);
                    notify.success(t("detail.uploaded"));
                  },
                },
              )
            }
          >
            {t("detail.uploadButton")}
          </Button>
        </Group>
      </Stack>
    </ReadOnlyWhileViewing>
  );
}
