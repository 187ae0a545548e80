// /amendments/:id: one proposal: its text, computed status, the consent register of the
// parties it was circulated to, the discussion; the secretariat's circulation and the
// parties' answers; the proposer's withdrawal.
import {
  Alert,
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
import { IconArrowBackUp, IconSend } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ConfirmAction } from "@/components/confirm-action";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { useSession } from "@/entities/session/get-session";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { formatDate, formatInstantDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCirculateAmendment } from "../api/circulate-amendment";
import { useAmendment } from "../api/get-amendment";
import { useClauses } from "../api/get-clauses";
import { useWithdrawAmendment } from "../api/withdraw-amendment";
import { AmendmentStatusBadge } from "../components/amendment-status-badge";
import { AnswerForm } from "../components/answer-form";
import { Comments } from "../components/comments";
import { ConsentRegister } from "../components/consent-register";
import { StatusHistory } from "../components/status-history";
import { clauseLabel } from "../utils";

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
  const circulate = useCirculateAmendment();
  const a = query.data;
  useDocumentTitle(a?.title ?? t("detail.title"));

  if (session.isPending) return <Skeleton height={200} />;
  if (!user) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink to="/amendments" label={t("detail.back")} />
        <Title order={1}>{t("detail.title")}</Title>
        <SignInPrompt title={t("signIn.title")} text={t("list.signIn")} />
      </Stack>
    );
  }
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={800}>
        <BackLink to="/amendments" label={t("detail.back")} />
        <Title order={1}>{t("detail.notFound")}</Title>
      </Stack>
    );
  }
  if (!a) {
    return (
      <Stack gap="md">
        <BackLink to="/amendments" label={t("detail.back")} />
        <Title order={1}>{t("detail.title")}</Title>
        {query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            namespace="amendments"
          />
        ) : (
          <Skeleton height={240} />
        )}
      </Stack>
    );
  }

  const open = a.status === "proposed" || a.status === "circulated";
  const isCoordinator = user.role === "coordinator";
  const isProposer = user.id === a.proposer.id;
  const officerParty =
    user.role === "officer" && a.parties.some((p) => p.municipalityId === user.municipalityId)
      ? user.municipalityId
      : null;
  const clause =
    a.clause === "new" ? t("clause.new") : clauseLabel(clauses.data, a.clause, language);
  const outcomeDate = a.adoptedOn ?? a.notAdoptedOn ?? a.circulatedOn;

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <BackLink to="/amendments" label={t("detail.back")} />
        <Group gap="sm" align="center">
          <Title order={1} style={{ overflowWrap: "anywhere" }}>
            {a.title}
          </Title>
          <AmendmentStatusBadge status={a.status} />
        </Group>
        <Text data-testid="amendment-outcome">
          {t(`detail.outcome.${a.status}`, {
            date: outcomeDate ? formatDate(outcomeDate, language, "long") : "",
          })}
        </Text>
        {a.adoptedOn && (
          <Anchor component={Link} to={`/mou?asOf=${a.adoptedOn}#${a.clause.split(".")[0]}`}>
            {t("detail.inForceLink", { date: formatDate(a.adoptedOn, language, "long") })}
          </Anchor>
        )}
      </Stack>

      {a.preRegisterDecision && (
        <Alert
          color="orange"
          variant="light"
          title={t("detail.decision")}
          data-testid="pre-register"
        >
          <Text size="sm">{t(`detail.preRegister.${a.preRegisterDecision}`)}</Text>
          {a.decisionNote && (
            <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
              {a.decisionNote}
            </Text>
          )}
        </Alert>
      )}

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
            <time dateTime={a.createdAt}>{formatInstantDate(a.createdAt, language, "long")}</time>
          </Fact>
        </SimpleGrid>
      </Paper>

      <Section id="amendment-text" title={t("detail.proposedText")}>
        <Blockquote color="blue" p="md" data-testid="proposed-text">
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{a.proposedText}</Text>
        </Blockquote>
      </Section>

      <Section id="amendment-rationale" title={t("detail.rationale")}>
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{a.rationale}</Text>
      </Section>

      {isCoordinator && a.status === "proposed" && (
        <Section id="amendment-circulate" title={t("circulate.title")}>
          <Text size="sm">{t("circulate.text")}</Text>
          <Group>
            <ConfirmAction
              label={t("circulate.button")}
              title={t("circulate.confirmTitle")}
              text={t("circulate.confirmText", { title: a.title })}
              confirmLabel={t("circulate.confirm")}
              cancelLabel={t("confirm.cancel")}
              leftSection={<IconSend size={18} aria-hidden="true" />}
              pending={circulate.isPending}
              error={circulate.error}
              onOpen={circulate.reset}
              namespace="amendments"
              onConfirm={async () => {
                await circulate.mutateAsync(a.id);
                notify.success(t("circulate.done"));
              }}
            />
          </Group>
        </Section>
      )}

      <Section id="amendment-register" title={t("register.title")}>
        <ConsentRegister amendment={a} isCoordinator={isCoordinator} />
      </Section>

      {a.status === "circulated" && (isCoordinator || officerParty) && (
        <Section
          id="amendment-answer"
          title={officerParty ? t("answer.titleOwn") : t("answer.title")}
        >
          <AnswerForm amendment={a} ownMunicipalityId={officerParty} />
        </Section>
      )}

      <Section id="amendment-history" title={t("detail.history")}>
        <StatusHistory history={a.history} />
      </Section>

      {isProposer && open && (
        <Section id="amendment-withdraw" title={t("withdraw.title")}>
          <Text size="sm">{t("withdraw.text")}</Text>
          <ReadOnlyWhileViewing>
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
                  notify.success(t("withdraw.done"));
                }}
              />
            </Group>
          </ReadOnlyWhileViewing>
        </Section>
      )}

      <Section id="amendment-comments" title={t("comments.title", { count: a.comments.length })}>
        <Comments amendmentId={a.id} comments={a.comments} canComment={open} />
      </Section>
    </Stack>
  );
}
