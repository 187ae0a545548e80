// What the secretariat returned a declaration for: the listed formal defects and its note.
// Shown to the municipality's officer (with what to do next) and to the coordinators.
import type { Accession } from "@cni/contracts/accessions";
import { Alert, List, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = { accession: Accession; title?: string; children?: ReactNode };

export function ReturnedNotice({ accession, title, children }: Props) {
  const { t } = useTranslation("accessions");
  return (
    <Alert
      color="red"
      variant="light"
      styles={{ title: { color: "var(--mantine-color-red-9)" } }}
      title={title ?? t("detail.returnedFor")}
    >
      {accession.returnDefects.length > 0 && (
        <List size="sm" mb="xs" aria-label={t("detail.defects")}>
          {accession.returnDefects.map((code) => (
            <List.Item key={code}>{t(`defect.${code}`)}</List.Item>
          ))}
        </List>
      )}
      {accession.returnNote && (
        <Text size="sm">
          <strong>{t("detail.returnNote")}:</strong> {accession.returnNote}
        </Text>
      )}
      {children}
    </Alert>
  );
}
