// /reviews/:dueOn: one review cycle. Coordinators see every participant's submission and
// can open, remind and close; officers and representatives submit their municipality's
// evaluation while the cycle is open or overdue.
import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconReportAnalytics } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useEvaluation } from "../api/get-evaluation";
import { useReview } from "../api/get-review";
import { EvaluationForm } from "../components/evaluation-form";
import { ParticipantsTable } from "../components/participants-table";
import { PeriodText } from "../components/period-text";
import { ReviewActions } from "../components/review-actions";
import { ReviewStatusBadge } from "../components/review-status-badge";

function OwnEvaluation({
  dueOn,
  municipalityId,
  canSubmit,
  closed,
}: {
  dueOn: string;
  municipalityId: string;
  canSubmit: boolean;
  closed: boolean;
}) {
  const { t } = useTranslation("reviews");
  const evaluation = useEvaluation(dueOn, municipalityId);
  if (evaluation.isError) return <ErrorState error={evaluation.error} />;
  if (evaluation.data === undefined) return <Skeleton height={240} />;
  return (
    <Stack gap="sm">
      {closed && (
        <Alert color="gray" variant="light">
          {evaluation.data ? t("review.closedReadOnly") : t("review.closedMissing")}
        </Alert>
      )}
      {(evaluation.data || canSubmit) && (
        <EvaluationForm
          dueOn={dueOn}
          municipalityId={municipalityId}
          current={evaluation.data}
          editable={canSubmit}
        />
      )}
    </Stack>
  );
}

export function Component() {
  const { dueOn = "" } = useParams();
  const { t, i18n } = useTranslation("reviews");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useReview(dueOn, { enabled: user !== null });
  const title = t("review.title", { date: formatDate(dueOn, language, "long") });
  useDocumentTitle(title);

  if (session.isPending) return <Skeleton height={200} />;
  if (!user) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink to="/reviews" label={t("review.back")} />
        <Title order={1}>{title}</Title>
        <SignInPrompt title={t("signIn.title")} text={t("review.signIn")} />
      </Stack>
    );
  }
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink to="/reviews" label={t("review.back")} />
        <Title order={1}>{t("review.notFoundTitle")}</Title>
        <Text>{t("review.notFoundText")}</Text>
      </Stack>
    );
  }
  const review = query.data;
  if (!review) {
    return (
      <Stack gap="md" maw={1000}>
        <BackLink to="/reviews" label={t("review.back")} />
        <Title order={1}>{title}</Title>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton height={200} />
        )}
      </Stack>
    );
  }

  const isCoordinator = user.role === "coordinator";
  const own = review.own;

  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap="xs">
        <BackLink to="/reviews" label={t("review.back")} />
        <Group gap="sm" align="center">
          <Title order={1}>{title}</Title>
          <ReviewStatusBadge status={review.status} />
        </Group>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="review-facts">
        <Title order={2} size="h3" id="review-facts" mb="sm">
          {t("review.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
          <Fact label={t("review.period")}>
            <PeriodText start={review.periodStart} end={review.periodEnd} />
          </Fact>
          <Fact label={t("review.opensOn")}>
            <time dateTime={review.opensOn}>{formatDate(review.opensOn, language)}</time>
          </Fact>
          <Fact label={t("review.dueOn")}>
            <time dateTime={review.dueOn}>{formatDate(review.dueOn, language)}</time>
          </Fact>
          <Fact label={t("review.submissions")}>
            <span data-testid="review-counts">
              {t("list.counts", { submitted: review.submitted, expected: review.expected })}
            </span>
          </Fact>
        </SimpleGrid>
        <Group mt="md">
          <Button
            component={Link}
            to={`/reviews/${review.dueOn}/report`}
            variant="light"
            leftSection={<IconReportAnalytics size={18} aria-hidden="true" />}
          >
            {review.status === "closed" ? t("review.report") : t("review.reportPreview")}
          </Button>
        </Group>
      </Paper>

      {isCoordinator && (
        <Stack gap="sm" component="section" aria-labelledby="review-participants">
          <Title order={2} size="h3" id="review-participants">
            {t("review.participants")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("review.participantsHelp")}
          </Text>
          <ReviewActions review={review} />
          <ParticipantsTable participants={review.participants} />
        </Stack>
      )}

      {own && (
        <Stack gap="sm" component="section" aria-labelledby="evaluation-heading">
          <Title order={2} size="h3" id="evaluation-heading">
            {t("review.ownEvaluation")}
          </Title>
          {!own.participant ? (
            <Text>{t("review.notParticipant")}</Text>
          ) : review.status === "upcoming" ? (
            <Text>
              {t("review.notOpenYet", { date: formatDate(review.opensOn, language, "long") })}
            </Text>
          ) : (
            <>
              <Text size="sm" data-testid="own-status">
                {own.submitted ? t("review.ownSubmitted") : t("review.ownNotSubmitted")}
              </Text>
              <OwnEvaluation
                dueOn={review.dueOn}
                municipalityId={own.municipalityId}
                canSubmit={own.canSubmit}
                closed={review.status === "closed"}
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
