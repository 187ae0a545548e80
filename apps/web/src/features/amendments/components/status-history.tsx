import type { AmendmentStatusChange } from "@cni/contracts/amendments";
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";
import { athensDate } from "../utils";

/** The status changes of a proposal, oldest first. */
export function StatusHistory({
  history,
  compact = false,
}: {
  history: AmendmentStatusChange[];
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  if (compact) {
    return (
      <Text size="xs" c="dimmed">
        {history
          .map((h) => `${t(`status.${h.status}`)} ${formatDate(athensDate(h.at), language)}`)
          .join(" → ")}
      </Text>
    );
  }
  return (
    <List type="ordered" spacing="xs" data-testid="status-history">
      {history.map((h, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at the end
        <List.Item key={index} data-status={h.status}>
          <Text size="sm" component="span" fw={700}>
            {t(`status.${h.status}`)}
          </Text>{" "}
          <Text size="sm" component="span">
            <time dateTime={h.at}>{formatDate(athensDate(h.at), language)}</time>
            {h.by ? ` · ${h.by.name}` : ""}
          </Text>
          {h.note && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {h.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
