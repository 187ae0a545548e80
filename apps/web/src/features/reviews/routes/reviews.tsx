// /reviews: the biennial review cycles with their status and how many members submitted.
import {
  Anchor,
  Blockquote,
  Group,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { TableScroll } from "@/components/table-scroll";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useReviews } from "../api/get-reviews";
import { PeriodText } from "../components/period-text";
import { ReviewStatusBadge } from "../components/review-status-badge";

export function Component() {
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  useDocumentTitle(t("list.title"));
  const query = useReviews();
  const cycles = [...(query.data ?? [])].reverse();

  return (
    <Stack gap="lg" maw={1000}>
      <Title order={1}>{t("list.title")}</Title>
      <Text>{t("list.intro")}</Text>
      <Blockquote color="blue" p="sm" cite={t("list.quoteSource")}>
        <Text lang="el" size="sm">
          «Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ανά διετία.»
        </Text>
      </Blockquote>

      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : cycles.length === 0 ? (
        <Text>{t("list.empty")}</Text>
      ) : (
        <TableScroll minWidth={720} stickyFirstColumn label={t("list.caption")}>
          <Table verticalSpacing="sm" striped data-testid="reviews-table">
            <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
              <Text component="span" size="sm" c="dimmed">
                {t("list.caption")}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("list.dueOn")}</Table.Th>
                <Table.Th scope="col">{t("list.period")}</Table.Th>
                <Table.Th scope="col">{t("list.status")}</Table.Th>
                <Table.Th scope="col">{t("list.progress")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cycles.map((c) => {
                const percent = c.expected ? Math.round((c.submitted / c.expected) * 100) : 0;
                return (
                  <Table.Tr key={c.dueOn} data-due-on={c.dueOn}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/reviews/${c.dueOn}`} fw={700}>
                        {t("list.cycleLink", { date: formatDate(c.dueOn, language, "long") })}
                      </Anchor>
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <PeriodText start={c.periodStart} end={c.periodEnd} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <ReviewStatusBadge status={c.status} />
                        {c.status === "upcoming" && (
                          <Text size="xs" c="dimmed">
                            {t("list.opensOn", { date: formatDate(c.opensOn, language) })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td miw={200}>
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={percent}
                          w={100}
                          aria-label={t("list.progressLabel", {
                            submitted: c.submitted,
                            expected: c.expected,
                          })}
                        />
                        <Text size="sm" data-testid="review-counts">
                          {t("list.counts", { submitted: c.submitted, expected: c.expected })}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
