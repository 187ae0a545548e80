// /reviews/:dueOn/report: the review report. Frozen once the cycle is closed, a live
// preview before. Prints to A4 (report-print.css); "Download PDF" opens the browser's
// print dialog, where "Save as PDF" produces the file (Greek in the bundled Noto Sans).
import "../components/report-print.css";
import {
  Alert,
  Button,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { formatDate, formatInstantDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useReviewReport } from "../api/get-review-report";
import { ActivitiesMatrix } from "../components/activities-matrix";
import { PeriodText } from "../components/period-text";
import { Evaluations, MembershipChanges } from "../components/report-sections";
import { ReviewStatusBadge } from "../components/review-status-badge";
import { ScoreTable } from "../components/score-table";

const ScoreChart = lazy(() => import("../components/score-chart"));

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id} data-section={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function Component() {
  const { dueOn = "" } = useParams();
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useReviewReport(dueOn, { enabled: user !== null });
  const title = t("report.title", { date: formatDate(dueOn, language, "long") });
  useDocumentTitle(title);

  const back = (
    <div data-print-hide>
      <BackLink to={`/reviews/${dueOn}`} label={t("report.back")} />
    </div>
  );

  if (session.isPending) return <Skeleton height={200} />;
  if (!user) {
    return (
      <Stack gap="md" maw={800}>
        {back}
        <Title order={1}>{title}</Title>
        <SignInPrompt title={t("signIn.title")} text={t("report.signIn")} />
      </Stack>
    );
  }
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={800}>
        <Title order={1}>{t("review.notFoundTitle")}</Title>
        <Text>{t("review.notFoundText")}</Text>
      </Stack>
    );
  }
  const report = query.data;
  if (!report) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{title}</Title>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton height={300} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={1000} data-review-report={report.dueOn}>
      <Stack gap="xs">
        {back}
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          <ReviewStatusBadge status={report.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("report.network")}
        </Text>
        {report.frozen ? (
          <Text size="sm">
            {t("report.frozen", { date: formatInstantDate(report.generatedAt, language) })}
          </Text>
        ) : (
          <Alert color="yellow" variant="light" data-testid="report-preview">
            {t("report.preview", { date: formatDate(report.asOf, language) })}
          </Alert>
        )}
        <Group data-print-hide>
          <Button
            leftSection={<IconPrinter size={18} aria-hidden="true" />}
            onClick={() => window.print()}
          >
            {t("report.download")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("report.downloadHelp")}
          </Text>
        </Group>
      </Stack>

      <Section id="report-period" title={t("report.period")}>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="md" m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t("review.period")}
            </Text>
            <Text component="dd" m={0} fw={500}>
              <PeriodText start={report.periodStart} end={report.periodEnd} />
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t("report.expected")}
            </Text>
            <Text component="dd" m={0} fw={500} data-testid="report-expected">
              {report.expected}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t("report.submitted")}
            </Text>
            <Text component="dd" m={0} fw={500} data-testid="report-submitted">
              {report.submitted}
            </Text>
          </div>
        </SimpleGrid>
      </Section>

      <Section id="report-membership" title={t("report.membership")}>
        <MembershipChanges changes={report.membershipChanges} />
      </Section>

      <Section id="report-activities" title={t("report.activities")}>
        <ActivitiesMatrix activities={report.activities} />
      </Section>

      <Section id="report-scores" title={t("report.scores")}>
        <figure
          style={{ margin: 0, overflowX: "auto" }}
          data-testid="score-chart"
          aria-labelledby="score-chart-caption"
        >
          <figcaption id="score-chart-caption">
            <Text size="sm" c="dimmed">
              {t("report.chartCaption", { count: report.submitted })}
            </Text>
          </figcaption>
          <div role="img" aria-label={t("report.chartAlt")}>
            <Suspense fallback={<Skeleton height={300} width={600} />}>
              <ScoreChart scores={report.scores} />
            </Suspense>
          </div>
        </figure>
        <ScoreTable scores={report.scores} />
      </Section>

      <Section id="report-evaluations" title={t("report.evaluations")}>
        <Evaluations evaluations={report.evaluations} />
      </Section>

      <Section id="report-missing" title={t("report.nonSubmitting")}>
        {report.nonSubmitting.length === 0 ? (
          <Text size="sm">{t("report.everyoneSubmitted")}</Text>
        ) : (
          <List data-testid="non-submitting" size="sm">
            {report.nonSubmitting.map((m) => (
              <List.Item key={m.municipalityId} data-municipality={m.municipalityId}>
                {municipalityName(m, language)}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
