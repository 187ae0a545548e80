// /amendments/:id: one proposal with its text, history and discussion; the coordinators'
// status actions and the proposer's withdrawal.
import {
  Anchor,
  Blockquote,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconArrowBackUp, IconArrowLeft } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConfirmAction } from "@/components/confirm-action";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { useSession } from "@/entities/session/get-session";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { notifySuccess } from "@/lib/notify-success";
import { useAmendment } from "../api/get-amendment";
import { useClauses } from "../api/get-clauses";
import { useWithdrawAmendment } from "../api/withdraw-amendment";
import { AmendmentStatusBadge } from "../components/amendment-status-badge";
import { Comments } from "../components/comments";
import { DecisionForm } from "../components/decision-form";
import { StatusHistory } from "../components/status-history";
import { athensDate, clauseLabel } from "../utils";

function BackLink() {
  const { t } = useTranslation("amendments");
  return (
    <Anchor component={Link} to="/amendments" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {t("detail.back")}
      </Group>
    </Anchor>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useAmendment(id, { enabled: user !== null });
  const clauses = useClauses();
  const withdraw = useWithdrawAmendment();
  const a = query.data;
  useDocumentTitle(a?.title ?? t("detail.title"));

  if (session.isPending) return <Skeleton height={200} />;
  if (!user) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink />
        <Title order={1}>{t("detail.title")}</Title>
        <SignInPrompt title={t("signIn.title")} text={t("list.signIn")} />
      </Stack>
    );
  }
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink />
        <Title order={1}>{t("detail.notFound")}</Title>
      </Stack>
    );
  }
  if (!a) {
    return (
      <Stack gap="md">
        <BackLink />
        <Title order={1}>{t("detail.title")}</Title>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton height={240} />
        )}
      </Stack>
    );
  }

  const open = a.status === "proposed" || a.status === "under_discussion";
  const isProposer = user.id === a.proposer.id;
  const clause =
    a.clause === "new" ? t("clause.new") : clauseLabel(clauses.data, a.clause, language);

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <BackLink />
        <Group gap="sm" align="center">
          <Title order={1}>{a.title}</Title>
          <AmendmentStatusBadge status={a.status} />
        </Group>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="amendment-facts">
        <Title order={2} size="h3" id="amendment-facts" mb="sm">
          {t("detail.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
          <Fact label={t("list.clause")}>
            <Anchor component={Link} to={`/mou#${a.clause.split(".")[0]}`}>
              {clause}
            </Anchor>
          </Fact>
          <Fact label={t("list.proposedBy")}>
            {a.proposer.name} ({language === "en" ? a.municipalityNameEn : a.municipalityNameEl})
          </Fact>
          <Fact label={t("detail.proposedOn")}>
            <time dateTime={a.createdAt}>
              {formatDate(athensDate(a.createdAt), language, "long")}
            </time>
          </Fact>
        </SimpleGrid>
      </Paper>

      <Section id="amendment-text" title={t("detail.proposedText")}>
        <Blockquote color="blue" p="md" data-testid="proposed-text">
          <Text style={{ whiteSpace: "pre-wrap" }}>{a.proposedText}</Text>
        </Blockquote>
      </Section>

      <Section id="amendment-rationale" title={t("detail.rationale")}>
        <Text style={{ whiteSpace: "pre-wrap" }}>{a.rationale}</Text>
      </Section>

      {a.decisionNote && (
        <Section id="amendment-decision" title={t("detail.decision")}>
          <Text style={{ whiteSpace: "pre-wrap" }} data-testid="decision-note">
            {a.decisionNote}
          </Text>
        </Section>
      )}

      <Section id="amendment-history" title={t("detail.history")}>
        <StatusHistory history={a.history} />
      </Section>

      {user.role === "coordinator" && open && (
        <Section id="amendment-actions" title={t("decision.title")}>
          <DecisionForm amendment={a} />
        </Section>
      )}

      {isProposer && open && (
        <Section id="amendment-withdraw" title={t("withdraw.title")}>
          <Text size="sm">{t("withdraw.text")}</Text>
          <Group>
            <ConfirmAction
              label={t("withdraw.button")}
              title={t("withdraw.confirmTitle")}
              text={t("withdraw.confirmText", { title: a.title })}
              confirmLabel={t("withdraw.confirm")}
              cancelLabel={t("confirm.cancel")}
              color="red.8"
              variant="outline"
              leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
              pending={withdraw.isPending}
              error={withdraw.error}
              onOpen={withdraw.reset}
              namespace="amendments"
              onConfirm={async () => {
                await withdraw.mutateAsync(a.id);
                notifySuccess(t("withdraw.done"), t("notificationClose"));
              }}
            />
          </Group>
        </Section>
      )}

      <Section id="amendment-comments" title={t("comments.title", { count: a.comments.length })}>
        <Comments amendmentId={a.id} comments={a.comments} canComment={open} />
      </Section>
    </Stack>
  );
}
