// Before/after of an audit entry, folded away until asked for.
import { Code, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

function pretty(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

export function AuditChanges({ before, after }: { before?: unknown; after?: unknown }) {
  const { t } = useTranslation("audit");
  if (before === undefined && after === undefined) return null;
  return (
    <details>
      <summary>{t("changes.show")}</summary>
      <SimpleGrid
        cols={{ base: 1, sm: before !== undefined && after !== undefined ? 2 : 1 }}
        mt="xs"
      >
        {before !== undefined && (
          <div>
            <Text size="xs" fw={700}>
              {t("changes.before")}
            </Text>
            <Code block>{pretty(before)}</Code>
          </div>
        )}
        {after !== undefined && (
          <div>
            <Text size="xs" fw={700}>
              {t("changes.after")}
            </Text>
            <Code block>{pretty(after)}</Code>
          </div>
        )}
      </SimpleGrid>
    </details>
  );
}
