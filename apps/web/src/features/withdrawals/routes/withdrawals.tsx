// `/withdrawals`: the withdrawal declarations a user may see (coordinators: all; officers
// and representatives: their municipality's), filtered by status.
import { athensToday } from "@cni/domain/dates";
import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from "@cni/domain/enums";
import { Alert, Anchor, Button, Group, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconDoorExit } from "@tabler/icons-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { SegmentedChoice } from "@/components/segmented-choice";
import { TableScroll } from "@/components/table-scroll";
import { WithdrawalCountdown, WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useWithdrawals } from "../api/get-withdrawals";
import { RescindWithdrawalButton } from "../components/rescind-withdrawal-button";
import { WithdrawalStatusBadge } from "../components/withdrawal-status-badge";

function isStatus(value: string | null): value is WithdrawalStatus {
  return (WITHDRAWAL_STATUSES as readonly (string | null)[]).includes(value);
}

export function Component() {
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  useDocumentTitle(t("documentTitle"));
  const filterLabel = useId();
  const narrow = useMediaQuery("(max-width: 48em)") ?? false;
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const status = isStatus(statusParam) ? statusParam : null;
  const session = useSession();
  const user = session.data?.user ?? null;
  const list = useWithdrawals(status ? { status: [status] } : {}, { enabled: user !== null });
  const canFile =
    user !== null && (user.role === "coordinator" || (user.role === "officer" && !user.applicant));
  const canAct = (municipalityId: string) =>
    user !== null &&
    (user.role === "coordinator" ||
      (user.role === "officer" && user.municipalityId === municipalityId));

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        <Text maw={760}>{t("intro")}</Text>
      </Stack>
      {!session.isPending && !user ? (
        <Alert color="blue" role="status">
          <Text>{t("form.signInNeeded")}</Text>
          <Anchor component={Link} to="/sign-in">
            {t("nav.signIn", { ns: "common" })}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            <Stack gap={4}>
              <Text component="span" id={filterLabel} size="sm" fw={500}>
                {t("list.filterStatus")}
              </Text>
              <SegmentedChoice
                // five filters do not fit a phone's width: stacked there, in a row from "sm" up
                orientation={narrow ? "vertical" : "horizontal"}
                fullWidth={narrow}
                aria-labelledby={filterLabel}
                value={status ?? "all"}
                onChange={(value) =>
                  setParams(value === "all" ? {} : { status: value }, { replace: true })
                }
                data={[
                  { value: "all", label: t("list.allStatuses") },
                  ...WITHDRAWAL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
                ]}
              />
            </Stack>
            {canFile && (
              <Button
                component={Link}
                to="/withdrawals/new"
                leftSection={<IconDoorExit size={16} aria-hidden="true" />}
              >
                {t("list.new")}
              </Button>
            )}
          </Group>
          {list.isError && !list.data ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : !list.data ? (
            <Skeleton height={200} />
          ) : list.data.items.length === 0 ? (
            <Text>{t("list.empty")}</Text>
          ) : (
            <TableScroll minWidth={720} stickyFirstColumn label={t("list.caption")}>
              <Table striped verticalSpacing="sm" data-testid="withdrawals-table">
                <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
                  {t("list.caption")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("list.municipality")}</Table.Th>
                    <Table.Th scope="col">{t("list.notifiedOn")}</Table.Th>
                    <Table.Th scope="col">{t("list.dates")}</Table.Th>
                    <Table.Th scope="col">{t("list.status")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((w) => {
                    const name = municipalityName(w.municipality, language);
                    return (
                      <Table.Tr key={w.id} data-withdrawal={w.id}>
                        <Table.Th scope="row" fw={400}>
                          <Anchor component={Link} to={`/withdrawals/${w.id}`} fw={700}>
                            {name}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>
                          {w.notifiedOn ? (
                            <time dateTime={w.notifiedOn}>
                              {formatDate(w.notifiedOn, language)}
                            </time>
                          ) : (
                            t("detail.notYetNotified")
                          )}
                        </Table.Td>
                        <Table.Td>
                          {w.lastDayAsParty && w.effectiveOn && w.status !== "rescinded" ? (
                            <WithdrawalDatesText
                              size="sm"
                              lastDayAsParty={w.lastDayAsParty}
                              effectiveOn={w.effectiveOn}
                            />
                          ) : (
                            "—"
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            <WithdrawalStatusBadge status={w.status} />
                            {w.status === "pending" && w.lastDayAsParty && w.effectiveOn && (
                              <WithdrawalCountdown
                                lastDayAsParty={w.lastDayAsParty}
                                effectiveOn={w.effectiveOn}
                              />
                            )}
                            {w.status === "pending" && canAct(w.municipalityId) && (
                              <RescindWithdrawalButton
                                withdrawal={w}
                                municipalityName={name}
                                today={athensToday()}
                                size="xs"
                              />
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </Stack>
  );
}
