// The audit log on a phone: one card per entry (when, action, summary; who and what below),
// so nothing has to be scrolled sideways to be read.
import type { AuditEntry } from "@cni/contracts/audit";
import { Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "@/lib/format";
import { auditActionLabel, auditSubject, auditSummary } from "../utils/audit-summary";
import { AuditChanges } from "./audit-changes";

export function AuditEntryCards({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation("audit");
  const language = i18n.language;
  const template = (key: string): string | undefined =>
    i18n.getResource(i18n.resolvedLanguage ?? language, "audit", key);
  if (items.length === 0) return <Text>{t("empty")}</Text>;
  return (
    <Stack
      component="ul"
      gap="sm"
      aria-label={t("title")}
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {items.map((entry) => (
        <Paper component="li" key={entry.id} withBorder p="sm" radius="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={700} size="sm" data-testid="audit-action">
                {auditActionLabel(entry.action, t)}
              </Text>
              <Text size="sm" c="dimmed" data-testid="audit-at">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </Text>
            </Group>
            <Text size="sm" data-testid="audit-summary" style={{ overflowWrap: "anywhere" }}>
              {auditSummary(entry, t, language, template)}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
              {t("columns.actor")}:{" "}
              {entry.actor.id === null ? t("system") : (entry.actor.name ?? entry.actor.label)} ·{" "}
              {t("columns.entity")}: {auditSubject(entry, t, language)}
            </Text>
            <AuditChanges before={entry.before} after={entry.after} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
