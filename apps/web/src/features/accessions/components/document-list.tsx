import type { DocumentInfo } from "@cni/contracts/accessions";
import { ActionIcon, Anchor, Group, List, Text } from "@mantine/core";
import { IconFileTypePdf, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

function formatSize(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === "en" ? "en-GB" : "el-GR", {
    maximumFractionDigits: 1,
  });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

type Props = {
  documents: DocumentInfo[];
  /** When given, each document gets a remove button. */
  onDelete?: (document: DocumentInfo) => void;
  deleting?: string | null;
};

/** The declaration's PDFs, each a download link (served only to allowed users). */
export function DocumentList({ documents, onDelete, deleting }: Props) {
  const { t, i18n } = useTranslation("accessions");
  if (documents.length === 0) return <Text c="dimmed">{t("documents.none")}</Text>;
  return (
    <List spacing="xs" listStyleType="none" p={0} data-testid="document-list">
      {documents.map((document) => (
        <List.Item key={document.id}>
          <Group gap="sm" wrap="nowrap">
            <IconFileTypePdf size={20} aria-hidden="true" />
            <div>
              <Anchor
                href={`/api/documents/${encodeURIComponent(document.id)}`}
                download={document.filename}
                aria-label={t("documents.download", { name: document.filename })}
              >
                {document.filename}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`kind.${document.kind}`)} · {formatSize(document.size, i18n.language)}
              </Text>
            </div>
            {onDelete && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                aria-label={t("documents.delete", { name: document.filename })}
                loading={deleting === document.id}
                onClick={() => onDelete(document)}
              >
                <IconTrash size={18} aria-hidden="true" />
              </ActionIcon>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
