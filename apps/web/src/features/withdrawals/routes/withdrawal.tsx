// `/withdrawals/:id`: one written withdrawal declaration as an act in steps — the draft with
// its council decision, the signed declaration attached, the notification to the parties —
// then its dates (member through N + 15, former from N + 16) and, through the last day as a
// party, the municipality's revocation.
import type { Withdrawal } from "@cni/contracts/withdrawals";
import { athensToday } from "@cni/domain/dates";
import {
  Alert,
  Anchor,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { DiavgeiaLink } from "@/components/diavgeia-link";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { WithdrawalCountdown, WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useWithdrawal } from "../api/get-withdrawal";
import { AttachDeclaration } from "../components/attach-declaration";
import { NotifyWithdrawal } from "../components/notify-withdrawal";
import { RescindWithdrawalButton } from "../components/rescind-withdrawal-button";
import { WithdrawalStatusBadge } from "../components/withdrawal-status-badge";

const Day = ({ date }: { date: string | null }) => {
  const { i18n } = useTranslation();
  return date ? <time dateTime={date}>{formatDate(date, i18n.language)}</time> : <>—</>;
};

function Facts({ w }: { w: Withdrawal }) {
  const { t, i18n } = useTranslation("withdrawals");
  const decision = w.councilDecision;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="withdrawal-facts">
      <Title order={2} size="h3" id="withdrawal-facts" mb="sm">
        {t("detail.facts")}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <Fact label={t("detail.decision")}>
          {decision.number ?? t("detail.noNumber")}, <Day date={decision.date} />
          {decision.diavgeiaAda && (
            <>
              {" · ΑΔΑ "}
              <DiavgeiaLink ada={decision.diavgeiaAda} />
            </>
          )}
        </Fact>
        <Fact label={t("detail.notifiedOn")}>
          {w.notifiedOn ? <Day date={w.notifiedOn} /> : t("detail.notYetNotified")}
        </Fact>
        {w.lastDayAsParty && w.effectiveOn && (
          <>
            <Fact label={t("detail.lastDayAsParty")}>
              <Day date={w.lastDayAsParty} />
            </Fact>
            <Fact label={t("detail.effectiveOn")}>
              <Day date={w.effectiveOn} />
            </Fact>
          </>
        )}
        {w.rescission && (
          <Fact label={t("detail.rescission")}>
            <Day date={w.rescission.on} />
            {" — "}
            {t("detail.rescissionDecision", {
              number: w.rescission.decisionNumber ?? "—",
              date: w.rescission.decisionDate
                ? formatDate(w.rescission.decisionDate, i18n.language)
                : "—",
            })}
            {w.rescission.diavgeiaAda && (
              <>
                {" · ΑΔΑ "}
                <DiavgeiaLink ada={w.rescission.diavgeiaAda} />
              </>
            )}
          </Fact>
        )}
        <Fact label={t("detail.reason")}>{w.reason ?? t("detail.noReason")}</Fact>
        {w.notifiedOn && (
          <Fact label={t("detail.notices")}>
            {t("detail.noticesText", {
              filed: w.notices.filed,
              acknowledged: w.notices.acknowledged,
            })}
            {w.notices.rescinded > 0 &&
              `; ${t("detail.noticesRescinded", { count: w.notices.rescinded })}`}
          </Fact>
        )}
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        {t("rule.long")}
      </Text>
    </Paper>
  );
}

function Documents({ w }: { w: Withdrawal }) {
  const { t } = useTranslation("withdrawals");
  if (w.documents.length === 0) return <Text>{t("detail.noDocuments")}</Text>;
  return (
    <List>
      {w.documents.map((d) => (
        <List.Item key={d.id}>
          <Anchor href={`/api/documents/${d.id}`} download={d.filename}>
            {d.filename}
          </Anchor>{" "}
          <Text span size="sm" c="dimmed">
            ({t(`documentKind.${d.kind}`)}, {Math.max(1, Math.round(d.size / 1024))} KB)
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("withdrawals");
  const query = useWithdrawal(id);
  const user = useSession().data?.user ?? null;
  const w = query.data;
  const name = w ? municipalityName(w.municipality, i18n.language) : "";
  useDocumentTitle(w ? t("detail.title", { name }) : t("detail.documentTitle"));
  const today = athensToday();

  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={720}>
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Title order={1}>{t("detail.notFound")}</Title>
        <Text>{t("detail.notFoundText")}</Text>
      </Stack>
    );
  }
  if (query.isError && !w) {
    return (
      <Stack gap="md">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Title order={1}>{t("detail.documentTitle")}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  if (!w) {
    return (
      <Stack gap="md" aria-busy="true">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Skeleton height={36} width="50%" />
        <Skeleton height={160} />
      </Stack>
    );
  }

  const coordinator = user?.role === "coordinator";
  const canAct =
    user !== null &&
    (coordinator || (user.role === "officer" && user.municipalityId === w.municipalityId));
  const hasDeclaration = w.documents.some((d) => d.kind === "withdrawal_declaration");
  const canRescind =
    canAct && w.status === "pending" && w.lastDayAsParty !== null && today <= w.lastDayAsParty;

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Group gap="sm" align="center">
          <Title order={1}>{t("detail.title", { name })}</Title>
          <WithdrawalStatusBadge status={w.status} />
          {w.status === "pending" && w.lastDayAsParty && w.effectiveOn && (
            <WithdrawalCountdown lastDayAsParty={w.lastDayAsParty} effectiveOn={w.effectiveOn} />
          )}
        </Group>
        {w.lastDayAsParty && w.effectiveOn && w.status !== "rescinded" && (
          <WithdrawalDatesText
            size="lg"
            fw={700}
            lastDayAsParty={w.lastDayAsParty}
            effectiveOn={w.effectiveOn}
          />
        )}
        <Anchor component={Link} to={`/municipalities/${w.municipalityId}`} size="sm">
          {t("detail.municipalityPage")}
        </Anchor>
      </Stack>

      {w.status === "draft" && (
        <Paper withBorder p="md" component="section" aria-labelledby="withdrawal-steps">
          <Title order={2} size="h3" id="withdrawal-steps" mb="xs">
            {t("steps.title")}
          </Title>
          <Text size="sm" mb="md">
            {t("steps.intro")}
          </Text>
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t("steps.attach")}
              </Title>
              {canAct ? <AttachDeclaration id={w.id} /> : <Text>{t("steps.onlyOfficer")}</Text>}
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t("steps.notify")}
              </Title>
              {canAct ? (
                <NotifyWithdrawal
                  withdrawal={w}
                  coordinator={coordinator}
                  hasDeclaration={hasDeclaration}
                  today={today}
                />
              ) : (
                <Text>{t("steps.onlyOfficer")}</Text>
              )}
            </Stack>
          </Stack>
        </Paper>
      )}

      {canRescind && (
        <Group>
          <RescindWithdrawalButton withdrawal={w} municipalityName={name} today={today} />
        </Group>
      )}
      {w.status === "rescinded" && (
        <Alert color="green" variant="light" styles={{ message: { color: "#1b5e20" } }}>
          {t("rescind.done")}
        </Alert>
      )}

      <Facts w={w} />

      <Stack gap="sm" component="section" aria-labelledby="withdrawal-documents">
        <Title order={2} size="h3" id="withdrawal-documents">
          {t("detail.documents")}
        </Title>
        <Documents w={w} />
      </Stack>
    </Stack>
  );
}
