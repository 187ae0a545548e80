import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DiavgeiaLink } from "@/components/diavgeia-link";
import { TableScroll } from "@/components/table-scroll";
import { WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { formatDate } from "@/lib/format";

type History = MunicipalityDetail["history"];

function DateCell({ date }: { date: string | null }) {
  const { i18n } = useTranslation("directory");
  if (!date) return <span>—</span>;
  return <time dateTime={date}>{formatDate(date, i18n.language)}</time>;
}

/** Membership periods in order, then accession and withdrawal declarations. */
export function MembershipHistory({ history }: { history: History }) {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  const periods = [...history.periods].sort((a, b) =>
    (a.from ?? a.fromOnOrBefore ?? "").localeCompare(b.from ?? b.fromOnOrBefore ?? ""),
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("municipality.periods")}
        </Title>
        {periods.length === 0 ? (
          <Text>{t("municipality.noPeriods")}</Text>
        ) : (
          <TableScroll minWidth={480} label={t("municipality.periods")}>
            <Table verticalSpacing="xs" data-testid="membership-periods">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("municipality.from")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.until")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.basis")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.map((period) => (
                  <Table.Tr key={`${period.from ?? period.fromOnOrBefore}-${period.until}`}>
                    <Table.Td>
                      {period.from ? (
                        <DateCell date={period.from} />
                      ) : period.fromOnOrBefore ? (
                        <span data-on-or-before="">
                          {t("municipality.fromOnOrBefore", {
                            date: formatDate(period.fromOnOrBefore, language),
                          })}
                        </span>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>
                      {period.until ? <DateCell date={period.until} /> : t("municipality.current")}
                    </Table.Td>
                    <Table.Td>
                      {period.basis === "founding"
                        ? t("municipality.basisFounding")
                        : t("municipality.basisAccession")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("municipality.accessions")}
        </Title>
        {history.accessions.length === 0 ? (
          <Text>{t("municipality.noAccessions")}</Text>
        ) : (
          <TableScroll minWidth={560} label={t("municipality.accessions")}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("municipality.decision")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.submittedOn")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.notifiedOn")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.accessions.map((accession) => (
                  <Table.Tr key={accession.id}>
                    <Table.Td>
                      {accession.decisionNumber}, <DateCell date={accession.decisionDate} />
                      {accession.diavgeiaAda && (
                        <>
                          {" · "}
                          <DiavgeiaLink ada={accession.diavgeiaAda} size="sm" />
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DateCell date={accession.submittedOn} />
                    </Table.Td>
                    <Table.Td>
                      <DateCell date={accession.notifiedOn} />
                    </Table.Td>
                    <Table.Td>{t(`accessionStatus.${accession.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("municipality.withdrawals")}
        </Title>
        {history.withdrawals.length === 0 ? (
          <Text>{t("municipality.noWithdrawals")}</Text>
        ) : (
          <TableScroll minWidth={560} label={t("municipality.withdrawals")}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("municipality.decision")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.notifiedOn")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.withdrawal")}</Table.Th>
                  <Table.Th scope="col">{t("municipality.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.withdrawals.map((withdrawal) => (
                  <Table.Tr key={withdrawal.id}>
                    <Table.Td>
                      {withdrawal.decisionNumber ? `${withdrawal.decisionNumber}, ` : ""}
                      <DateCell date={withdrawal.decisionDate} />
                      {withdrawal.diavgeiaAda && (
                        <>
                          {" · "}
                          <DiavgeiaLink ada={withdrawal.diavgeiaAda} size="sm" />
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DateCell date={withdrawal.notifiedOn} />
                    </Table.Td>
                    <Table.Td>
                      {withdrawal.status === "rescinded" ? (
                        "—"
                      ) : (
                        <WithdrawalDatesText
                          size="sm"
                          lastDayAsParty={withdrawal.lastDayAsParty}
                          effectiveOn={withdrawal.effectiveOn}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>{t(`withdrawalStatus.${withdrawal.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Stack>
  );
}
