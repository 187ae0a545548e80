import type { AmendmentHistoryEntry } from "@cni/contracts/amendments";
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, formatInstantDate } from "@/lib/format";

/** The events of a proposal, oldest first. */
export function StatusHistory({
  history,
  compact = false,
}: {
  history: AmendmentHistoryEntry[];
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  if (compact) {
    return (
      <Text size="xs" c="dimmed">
        {history
          .filter((h) => h.event !== "reminded")
          .map((h) => `${t(`event.${h.event}`)} ${formatInstantDate(h.at, language)}`)
          .join(" → ")}
      </Text>
    );
  }
  return (
    <List type="ordered" spacing="xs" data-testid="status-history">
      {history.map((h, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at the end
        <List.Item key={index} data-event={h.event}>
          <Text size="sm" component="span" fw={700}>
            {t(`event.${h.event}`)}
          </Text>{" "}
          <Text size="sm" component="span">
            <time dateTime={h.at}>{formatInstantDate(h.at, language)}</time>
            {h.by ? ` · ${h.by.name}` : ""}
          </Text>
          {h.note && (h.event === "adopted" || h.event === "not_adopted") && (
            <Text size="sm" c="dimmed">
              {formatDate(h.note, language, "long")}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
