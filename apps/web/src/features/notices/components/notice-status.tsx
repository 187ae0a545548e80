// A notice's state and names, shared by the inbox's table (desktop) and cards (phone).
import type { Notice } from "@cni/contracts/notices";
import { Badge, Button, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { municipalityName } from "@/entities/municipality/name";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useAcknowledgeNotice } from "../api/acknowledge-notice";

/** Whom the notice is about: the subject municipality or, for a notice about the
 * recipient's own affairs (its declaration returned…), the recipient itself. */
export function subjectName(n: Notice, language: string): string {
  if (n.subjectNameEl && n.subjectNameEn) {
    return municipalityName({ nameEl: n.subjectNameEl, nameEn: n.subjectNameEn }, language);
  }
  if (n.recipientNameEl && n.recipientNameEn) {
    return municipalityName({ nameEl: n.recipientNameEl, nameEn: n.recipientNameEn }, language);
  }
  return "";
}

function AcknowledgeButton({ notice, subject }: { notice: Notice; subject: string }) {
  const { t } = useTranslation("notices");
  const acknowledge = useAcknowledgeNotice();
  return (
    <ReadOnlyWhileViewing>
      <Stack gap={4}>
        <Button
          size="xs"
          leftSection={<IconCheck size={14} aria-hidden="true" />}
          loading={acknowledge.isPending}
          aria-label={t("acknowledgeAbout", { subject })}
          onClick={async () => {
            try {
              await acknowledge.mutateAsync(notice.id);
              notify.success(t("acknowledged"));
            } catch {
              // shown below
            }
          }}
        >
          {t("acknowledge")}
        </Button>
        {acknowledge.isError && (
          <Text size="xs" c="red.9" role="alert">
            {errorMessage(t, acknowledge.error, "notices")}
          </Text>
        )}
      </Stack>
    </ReadOnlyWhileViewing>
  );
}

/** The notice's state: acknowledged (when, by whom), a button to acknowledge, or pending. */
export function NoticeStatus({
  notice: n,
  subject,
  canAcknowledge,
}: {
  notice: Notice;
  subject: string;
  canAcknowledge: boolean;
}) {
  const { t, i18n } = useTranslation("notices");
  if (n.acknowledgedAt) {
    return (
      <Stack gap={2}>
        <Badge variant="outline" color="teal.9">
          {t("acknowledgedBadge")}
        </Badge>
        <Text size="xs">
          {formatDateTime(n.acknowledgedAt, i18n.language)}
          {n.acknowledgedBy ? ` · ${n.acknowledgedBy}` : ""}
        </Text>
      </Stack>
    );
  }
  if (canAcknowledge) return <AcknowledgeButton notice={n} subject={subject} />;
  return (
    <Badge variant="outline" color="gray.8">
      {t("pending")}
    </Badge>
  );
}

/** The municipality a notice is addressed to, or the coordinators. */
export function recipientName(n: Notice, language: string, coordinators: string): string {
  return n.recipientNameEl && n.recipientNameEn
    ? municipalityName({ nameEl: n.recipientNameEl, nameEn: n.recipientNameEn }, language)
    : coordinators;
}
