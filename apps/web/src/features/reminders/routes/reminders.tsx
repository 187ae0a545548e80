// /admin/reminders (coordinators): each kind of reminder, what it does, a switch to turn it
// off and on again, and the reminders sent most recently. The reminders themselves are sent
// by the server's hourly job (decision 093), as notices and, with SMTP, e-mails.
import type { ReminderSetting, SentReminder } from "@cni/contracts/reminders";
import { Paper, Stack, Switch, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { PageSkeleton } from "@/components/page-skeleton";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useReminderSettings } from "../api/get-reminder-settings";
import { useSentReminders } from "../api/get-sent-reminders";
import { useUpdateReminderSetting } from "../api/update-reminder-setting";

function KindSwitch({ setting }: { setting: ReminderSetting }) {
  const { t } = useTranslation("reminders");
  const update = useUpdateReminderSetting();
  const checked = update.isPending
    ? (update.variables?.enabled ?? setting.enabled)
    : setting.enabled;
  const descriptionId = `reminder-${setting.kind}-description`;
  return (
    <Paper withBorder p="md" component="li" data-kind={setting.kind}>
      <Stack gap="xs">
        <Switch
          size="md"
          checked={checked}
          disabled={update.isPending}
          label={<Text fw={700}>{t(`kind.${setting.kind}.title`)}</Text>}
          aria-describedby={descriptionId}
          onChange={async (event) => {
            const enabled = event.currentTarget.checked;
            try {
              await update.mutateAsync({ kind: setting.kind, enabled });
              notify.success(t(enabled ? "switchedOn" : "switchedOff"));
            } catch {
              // shown below
            }
          }}
        />
        <Text size="sm" id={descriptionId}>
          {t(`kind.${setting.kind}.description`)}{" "}
          <Text span size="sm" fw={500} data-testid={`reminder-${setting.kind}-state`}>
            {checked ? t("stateOn") : t("stateOff")}
          </Text>
        </Text>
        {update.isError && (
          <Text size="sm" c="red.9" role="alert">
            {errorMessage(t, update.error, "reminders")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function nameOf(
  id: string | null,
  names: { nameEl: string | null; nameEn: string | null },
  language: string,
): string | null {
  if (!id || !names.nameEl || !names.nameEn) return null;
  return municipalityName({ nameEl: names.nameEl, nameEn: names.nameEn }, language);
}

function SentList({ items }: { items: SentReminder[] }) {
  const { t, i18n } = useTranslation("reminders");
  const language = i18n.language;
  if (items.length === 0) return <Text>{t("sent.empty")}</Text>;
  return (
    <TableScroll minWidth={560} label={t("sent.title")} stickyFirstColumn>
      <Table verticalSpacing="xs" striped data-testid="sent-reminders">
        <VisuallyHidden component="caption">{t("sent.title")}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("sent.at")}</Table.Th>
            <Table.Th scope="col">{t("sent.kind")}</Table.Th>
            <Table.Th scope="col">{t("sent.recipient")}</Table.Th>
            <Table.Th scope="col">{t("sent.about")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const subject = nameOf(
              r.subjectMunicipalityId,
              { nameEl: r.subjectNameEl, nameEn: r.subjectNameEn },
              language,
            );
            return (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={400}>
                  <time dateTime={r.sentAt}>{formatDateTime(r.sentAt, language)}</time>
                </Table.Th>
                <Table.Td>{t(`kind.${r.kind}.title`)}</Table.Td>
                <Table.Td>
                  {nameOf(
                    r.recipientMunicipalityId,
                    { nameEl: r.recipientNameEl, nameEn: r.recipientNameEn },
                    language,
                  ) ?? t("sent.coordinators")}
                </Table.Td>
                <Table.Td>
                  {subject && r.subjectMunicipalityId ? (
                    <Link to={`/municipalities/${encodeURIComponent(r.subjectMunicipalityId)}`}>
                      {subject}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function Component() {
  const { t } = useTranslation("reminders");
  useDocumentTitle(t("title"));
  const settings = useReminderSettings();
  const sent = useSentReminders();

  return (
    <Stack gap="lg">
      <Title order={1}>{t("title")}</Title>
      <Text>{t("intro")}</Text>
      <Stack gap="sm" component="section" aria-labelledby="reminder-kinds">
        <Title order={2} size="h3" id="reminder-kinds">
          {t("kindsTitle")}
        </Title>
        {settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : !settings.data ? (
          <PageSkeleton />
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {settings.data.settings.map((setting) => (
              <KindSwitch key={setting.kind} setting={setting} />
            ))}
          </Stack>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="reminders-sent">
        <Title order={2} size="h3" id="reminders-sent">
          {t("sent.title")}
        </Title>
        <Text size="sm">{t("sent.intro")}</Text>
        {sent.isError ? (
          <ErrorState error={sent.error} onRetry={() => void sent.refetch()} />
        ) : !sent.data ? (
          <PageSkeleton />
        ) : (
          <SentList items={sent.data.items} />
        )}
      </Stack>
    </Stack>
  );
}
