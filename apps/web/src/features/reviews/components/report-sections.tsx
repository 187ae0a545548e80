// The report's tables of membership changes and the members' evaluations.
import type { ReviewReport } from "@cni/contracts/reviews";
import { PILLARS } from "@cni/domain/enums";
import { Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { formatDate } from "@/lib/format";

export function MembershipChanges({ changes }: { changes: ReviewReport["membershipChanges"] }) {
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  const date = (d: string | null) =>
    d ? <time dateTime={d}>{formatDate(d, language)}</time> : "—";
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t("report.accessions")}
      </Title>
      {changes.accessions.length === 0 ? (
        <Text size="sm">{t("report.noAccessions")}</Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} data-testid="accessions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("report.municipality")}</Table.Th>
              <Table.Th scope="col">{t("report.memberFrom")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.accessions.map((a) => (
              <Table.Tr key={a.accessionId}>
                <Table.Th scope="row" fw={500}>
                  {municipalityName(a, language)}
                </Table.Th>
                <Table.Td>{date(a.notifiedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4">
        {t("report.withdrawals")}
      </Title>
      {changes.withdrawals.length === 0 ? (
        <Text size="sm">{t("report.noWithdrawals")}</Text>
      ) : (
        <TableScroll minWidth={560} label={t("report.withdrawals")}>
          <Table withTableBorder verticalSpacing={4} data-testid="withdrawals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("report.municipality")}</Table.Th>
                <Table.Th scope="col">{t("report.filed")}</Table.Th>
                <Table.Th scope="col">{t("report.effective")}</Table.Th>
                <Table.Th scope="col">{t("report.rescinded")}</Table.Th>
                <Table.Th scope="col">{t("report.withdrawalStatus")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.withdrawals.map((w) => (
                <Table.Tr key={w.withdrawalId}>
                  <Table.Th scope="row" fw={500}>
                    {municipalityName(w, language)}
                  </Table.Th>
                  <Table.Td>{date(w.notifiedOn)}</Table.Td>
                  <Table.Td>{date(w.effectiveOn)}</Table.Td>
                  <Table.Td>{date(w.rescindedOn)}</Table.Td>
                  <Table.Td>{t(`withdrawalStatus.${w.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

export function Evaluations({ evaluations }: { evaluations: ReviewReport["evaluations"] }) {
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  if (evaluations.length === 0) return <Text size="sm">{t("report.noEvaluations")}</Text>;
  return (
    <Stack gap="md">
      {evaluations.map((e) => (
        <Paper
          key={e.municipalityId}
          withBorder
          p="md"
          component="article"
          aria-labelledby={`evaluation-${e.municipalityId}`}
          data-print-keep
        >
          <Title order={3} size="h4" id={`evaluation-${e.municipalityId}`} mb="xs">
            {municipalityName(e, language)}
          </Title>
          <Text size="sm" mb="xs">
            {PILLARS.map((p) => `${t(`pillar.${p}`)}: ${e.scores[p]}`).join(" · ")}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" component="dl" m={0}>
            {(["achievements", "challenges", "proposals"] as const).map((field) => (
              <div key={field}>
                <Text component="dt" size="sm" fw={700}>
                  {t(`form.${field}`)}
                </Text>
                <Text component="dd" m={0} size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e[field] || "—"}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
