// The notices inbox on a phone: one card per notice (when, what, to whom, its state), so
// nothing has to be scrolled sideways to be read or acknowledged.
import type { Notice } from "@cni/contracts/notices";
import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "@/lib/format";
import { NoticeBody } from "./notice-body";
import { NoticeStatus, recipientName, subjectName } from "./notice-status";

export function NoticeCards({
  items,
  canAcknowledge,
  showRecipient,
  testId,
}: {
  items: Notice[];
  canAcknowledge: boolean;
  showRecipient: boolean;
  testId: string;
}) {
  const { t, i18n } = useTranslation("notices");
  const language = i18n.language;
  return (
    <Stack
      component="ul"
      gap="sm"
      aria-label={t("caption")}
      data-testid={testId}
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {items.map((n) => {
        const subject = subjectName(n, language);
        return (
          <Paper
            component="li"
            key={n.id}
            withBorder
            p="sm"
            radius="sm"
            data-notice={n.id}
            data-subject={n.subjectMunicipalityId ?? ""}
          >
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                <time dateTime={n.sentAt}>{formatDateTime(n.sentAt, language)}</time>
              </Text>
              <div style={{ overflowWrap: "anywhere" }}>
                <NoticeBody notice={n} subject={subject} />
              </div>
              {showRecipient && (
                <Text size="sm">
                  {t("recipient")}: {recipientName(n, language, t("coordinators.recipient"))}
                </Text>
              )}
              <NoticeStatus notice={n} subject={subject} canAcknowledge={canAcknowledge} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
