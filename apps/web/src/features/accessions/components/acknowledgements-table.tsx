// After acceptance: the notice sent to every other party and who acknowledged it — the
// proof that every party was notified.
import type { Accession } from "@cni/contracts/accessions";
import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { formatDateTime } from "@/lib/format";

export function AcknowledgementsTable({ notices }: { notices: NonNullable<Accession["notices"]> }) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  return (
    <Stack gap="sm" component="section" aria-labelledby="acknowledgements-title">
      <Title order={2} size="h3" id="acknowledgements-title">
        {t("detail.acknowledgements")}
      </Title>
      <Text data-testid="ack-summary">
        {t("detail.ackSummary", { acknowledged: notices.acknowledged, total: notices.total })}
      </Text>
      {notices.total === 0 ? (
        <Text c="dimmed">{t("detail.noNotices")}</Text>
      ) : (
        <TableScroll minWidth={560} label={t("detail.acknowledgements")}>
          <Table verticalSpacing="xs" striped data-testid="acknowledgements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("detail.party")}</Table.Th>
                <Table.Th scope="col">{t("detail.sentAt")}</Table.Th>
                <Table.Th scope="col">{t("detail.acknowledgedAt")}</Table.Th>
                <Table.Th scope="col">{t("detail.acknowledgedBy")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notices.items.map((item) => (
                <Table.Tr key={item.noticeId} data-recipient={item.recipientMunicipalityId}>
                  <Table.Td>
                    {municipalityName(
                      { nameEl: item.recipientNameEl, nameEn: item.recipientNameEn },
                      language,
                    )}
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={item.sentAt}>{formatDateTime(item.sentAt, language)}</time>
                  </Table.Td>
                  <Table.Td>
                    {item.acknowledgedAt ? (
                      <time dateTime={item.acknowledgedAt}>
                        {formatDateTime(item.acknowledgedAt, language)}
                      </time>
                    ) : (
                      <Badge variant="outline" color="gray.8">
                        {t("detail.pending")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{item.acknowledgedBy ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
