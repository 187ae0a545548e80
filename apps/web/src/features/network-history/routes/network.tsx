// `/network`: the number of members over time (chart + table) and a way to open the
// directory as it stood on any date.
import { athensToday } from "@cni/domain/dates";
import { Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AsOfDateInput } from "@/components/as-of-date-input";
import { ErrorState } from "@/components/error-state";
import { TableScroll } from "@/components/table-scroll";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useMembersOverTime } from "../api/get-members-over-time";

// recharts is large: its own chunk, fetched only when this page shows the chart.
const MembersChart = lazy(() => import("../components/members-chart"));

export function Component() {
  const { t, i18n } = useTranslation("network-history");
  const language = i18n.language;
  useDocumentTitle(t("documentTitle"));
  const query = useMembersOverTime();
  const [asOf, setAsOf] = useState<string | null>(null);
  const points = query.data?.points ?? [];
  const first = points[0];
  const last = points.at(-1);
  const directoryLink = (date: string) => `/municipalities?asOf=${date}`;

  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        <Text maw={760}>{t("intro")}</Text>
        {last && (
          <Text fw={700} data-testid="members-today">
            {t("today", { count: last.members })}
          </Text>
        )}
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="network-as-of">
        <Title order={2} size="h3" id="network-as-of" mb="sm">
          {t("asOf.title")}
        </Title>
        <Group align="flex-end" gap="sm">
          <AsOfDateInput value={asOf} onChange={setAsOf} />
          <Button component={Link} to={directoryLink(asOf ?? athensToday())} mb={22}>
            {t("asOf.show")}
          </Button>
        </Group>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="network-chart">
        <Title order={2} size="h3" id="network-chart">
          {t("chart.title")}
        </Title>
        {query.isError && !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !query.data || !first || !last ? (
          <Skeleton height={320} />
        ) : (
          <figure style={{ margin: 0 }}>
            <div
              role="img"
              aria-label={t("chart.label", {
                from: formatDate(first.date, language),
                to: formatDate(query.data.today, language),
                first: first.members,
                unknown: first.unknown,
                last: last.members,
              })}
            >
              <Suspense fallback={<Skeleton height={320} aria-label={t("chart.loading")} />}>
                <MembersChart points={points} today={query.data.today} />
              </Suspense>
            </div>
            <Text component="figcaption" size="sm" c="dimmed">
              {t("table.onOrBeforeNote")}
            </Text>
          </figure>
        )}
      </Stack>

      {query.data && (
        <Stack gap="sm" component="section" aria-labelledby="network-changes">
          <Title order={2} size="h3" id="network-changes">
            {t("table.title")}
          </Title>
          <TableScroll minWidth={480} label={t("table.title")}>
            <Table striped verticalSpacing="xs" data-testid="members-over-time-table">
              <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
                {t("table.caption")}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("table.date")}</Table.Th>
                  <Table.Th scope="col">{t("table.members")}</Table.Th>
                  <Table.Th scope="col">{t("table.withdrawing")}</Table.Th>
                  <Table.Th scope="col">{t("table.unknown")}</Table.Th>
                  <Table.Th scope="col">{t("table.view")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...points].reverse().map((p) => (
                  <Table.Tr key={p.date}>
                    <Table.Th scope="row" fw={400}>
                      <time dateTime={p.date}>{formatDate(p.date, language)}</time>
                    </Table.Th>
                    <Table.Td>{p.members}</Table.Td>
                    <Table.Td>{p.withdrawing}</Table.Td>
                    <Table.Td>{p.unknown}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={directoryLink(p.date)}>
                        {t("table.viewLabel", { date: formatDate(p.date, language) })}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      )}
    </Stack>
  );
}
