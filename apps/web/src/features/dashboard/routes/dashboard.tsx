// /dashboard: the coordinators' overview of the network today.
import type { Dashboard } from "@cni/contracts/dashboard";
import {
  Anchor,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { TableScroll } from "@/components/table-scroll";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { formatDate, formatInstantDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useDashboard } from "../api/get-dashboard";
import { Waiting } from "../components/waiting";

function Figure({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" id={`${testId}-label`}>
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2} data-testid={testId} aria-describedby={`${testId}-label`}>
        {value}
      </Text>
    </Paper>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Board({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation("dashboard");
  const language = i18n.language;
  // «Δήμος Βόλου» / "Municipality of Volos", never the bare genitive
  const name = (m: { nameEl: string; nameEn: string }) => municipalityName(m, language);
  const review = data.currentReview;
  const percent = review?.expected ? Math.round((review.submitted / review.expected) * 100) : 0;

  return (
    <Stack gap="lg">
      <Waiting data={data} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure label={t("membersNow")} value={data.membersNow} testId="members-now" />
        <Figure label={t("applicants")} value={data.applicants.length} testId="applicants" />
        <Figure
          label={t("withdrawalsPending")}
          value={data.withdrawalsPending.length}
          testId="withdrawals-pending"
        />
        <Figure
          label={t("openAmendments")}
          value={data.openAmendments.length}
          testId="open-amendments"
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card id="dashboard-review" title={t("review.title")}>
          {review ? (
            <Stack gap="xs">
              <Anchor component={Link} to={`/reviews/${review.dueOn}`} fw={700}>
                {t("review.cycle", { date: formatDate(review.dueOn, language, "long") })}
              </Anchor>
              <Text size="sm">{t(`review.status.${review.status}`)}</Text>
              <Progress
                value={percent}
                aria-label={t("review.progress", {
                  submitted: review.submitted,
                  expected: review.expected,
                })}
              />
              <Text size="sm" data-testid="review-progress">
                {t("review.progress", { submitted: review.submitted, expected: review.expected })}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t("review.none")}</Text>
          )}
        </Card>

        <Card id="dashboard-applicants" title={t("applicantsTitle")}>
          {data.applicants.length === 0 ? (
            <Text size="sm">{t("none")}</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ paddingInlineStart: "1.2rem", margin: 0 }}>
              {data.applicants.map((a) => (
                <li key={a.municipalityId}>
                  <Anchor component={Link} to={`/municipalities/${a.municipalityId}`} size="sm">
                    {name(a)}
                  </Anchor>
                  {a.submittedOn && (
                    <Text component="span" size="sm" c="dimmed">
                      {" · "}
                      {t("submittedOn", { date: formatDate(a.submittedOn, language) })}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Card>

        <Card id="dashboard-withdrawals" title={t("withdrawalsTitle")}>
          {data.withdrawalsPending.length === 0 ? (
            <Text size="sm">{t("none")}</Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("municipality")}</Table.Th>
                  <Table.Th scope="col">{t("notifiedOn")}</Table.Th>
                  <Table.Th scope="col">{t("effectiveOn")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.withdrawalsPending.map((w) => (
                  <Table.Tr key={w.withdrawalId}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/municipalities/${w.municipalityId}`} size="sm">
                        {name(w)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{formatDate(w.notifiedOn, language)}</Table.Td>
                    <Table.Td fw={700}>{formatDate(w.effectiveOn, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>

        <Card id="dashboard-amendments" title={t("amendmentsTitle")}>
          {data.openAmendments.length === 0 ? (
            <Text size="sm">{t("none")}</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ paddingInlineStart: "1.2rem", margin: 0 }}>
              {data.openAmendments.map((a) => (
                <li key={a.id}>
                  <Anchor component={Link} to={`/amendments/${a.id}`} size="sm">
                    {a.title}
                  </Anchor>
                  <Text component="span" size="sm" c="dimmed">
                    {" · "}
                    {name(a)} · {t(`amendmentStatus.${a.status}`)} ·{" "}
                    {formatInstantDate(a.createdAt, language)}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <Card id="dashboard-notices" title={t("noticesTitle")}>
        <Text size="sm" c="dimmed" mb="xs">
          {t("noticesHelp")}
        </Text>
        {data.unacknowledgedNotices.length === 0 ? (
          <Text size="sm">{t("noticesNone")}</Text>
        ) : (
          <TableScroll minWidth={480} label={t("noticesTitle")}>
            <Table verticalSpacing={4} striped data-testid="unacknowledged-notices">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("municipality")}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t("unacknowledged")}
                  </Table.Th>
                  <Table.Th scope="col">{t("oldest")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.unacknowledgedNotices.map((n) => (
                  <Table.Tr key={n.municipalityId} data-municipality={n.municipalityId}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/municipalities/${n.municipalityId}`} size="sm">
                        {name(n)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td ta="end">{n.count}</Table.Td>
                    <Table.Td>{formatInstantDate(n.oldestSentAt, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
    </Stack>
  );
}

export function Component() {
  const { t, i18n } = useTranslation("dashboard");
  useDocumentTitle(t("title"));
  const session = useSession();
  const user = session.data?.user ?? null;
  const isCoordinator = user?.role === "coordinator";
  const query = useDashboard({ enabled: isCoordinator });

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t("title")}</Title>
        {query.data && (
          <Text size="sm" c="dimmed">
            {t("asOf", { date: formatDate(query.data.asOf, i18n.language, "long") })}
          </Text>
        )}
      </Group>
      {session.isPending ? (
        <Skeleton height={200} />
      ) : !user ? (
        <SignInPrompt title={t("signInTitle")} text={t("signIn")} />
      ) : !isCoordinator ? (
        <Text>{t("coordinatorsOnly")}</Text>
      ) : query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton height={300} aria-busy="true" />
      ) : (
        <Board data={query.data} />
      )}
    </Stack>
  );
}
