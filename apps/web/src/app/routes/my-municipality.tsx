// /my — the home of officers and representatives: their municipality, its status, and
// what they can do. A composition point: each feature adds its section below as ONE
// component (like the municipality page, app/routes/municipality.tsx).

import type { SessionUser } from "@cni/contracts/auth";
import { withdrawalDatesText } from "@cni/domain/withdrawal";
import { Alert, Anchor, Group, List, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { MembershipStatusBadge } from "@/entities/membership/status-badges";
import { useMunicipality } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { MyAccessionSection } from "@/features/accessions/components/my-accession-section";
import { MunicipalityWithdrawalPanel } from "@/features/withdrawals/components/municipality-withdrawal-panel";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";

type Action = { to: string; key: string };

/** What each kind of user can do today; sections of later features add to the page. */
function actionsFor(user: SessionUser, municipalityId: string): Action[] {
  const actions: Action[] = [{ to: `/municipalities/${municipalityId}`, key: "publicPage" }];
  if (user.applicant) return [...actions, { to: "/mou", key: "mou" }];
  actions.push({ to: "/activities", key: "activities" });
  if (user.role === "representative") {
    actions.push({ to: "/reviews", key: "reviews" }, { to: "/amendments", key: "amendments" });
  } else {
    actions.push({ to: "/reviews", key: "reviews" });
  }
  actions.push({ to: "/mou", key: "mou" });
  return actions;
}

export function Component() {
  const { t, i18n } = useTranslation("my-municipality");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const municipality = useMunicipality(user?.municipalityId);
  const m = municipality.data;
  const name = m ? municipalityName(m, language) : undefined;
  useDocumentTitle(t("title"));

  if (!user?.municipalityId) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t("title")}</Title>
        <Text>{t("noMunicipality")}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap={4}>
        <Text c="dimmed" fw={500}>
          {t("title")}
        </Text>
        {m ? (
          <Group gap="sm" align="center">
            <Title order={1}>{name}</Title>
            <MembershipStatusBadge status={m.status} />
          </Group>
        ) : municipality.isError ? (
          <>
            <Title order={1}>{t("title")}</Title>
            <ErrorState error={municipality.error} onRetry={() => void municipality.refetch()} />
          </>
        ) : (
          <>
            <Title order={1}>{t("title")}</Title>
            <Skeleton height={24} width="40%" aria-hidden="true" />
          </>
        )}
        <Text>{t(`signedInAs.${user.role}`, { name: user.name })}</Text>
      </Stack>

      {m && (
        <Paper withBorder p="md" component="section" aria-labelledby="my-status">
          <Title order={2} size="h3" id="my-status" mb="xs">
            {t("statusTitle")}
          </Title>
          <Text>
            {m.status === "member" && m.memberSince
              ? t("statusText.memberSince", { date: formatDate(m.memberSince, language) })
              : m.status === "member" && m.memberSinceOnOrBefore
                ? t("statusText.memberOnOrBefore", {
                    date: formatDate(m.memberSinceOnOrBefore, language),
                  })
                : m.status === "withdrawing" &&
                    m.withdrawalEffectiveOn &&
                    m.withdrawalLastDayAsParty
                  ? t("statusText.withdrawing", {
                      // one sentence for both dates, as everywhere (@cni/domain/withdrawal)
                      dates: withdrawalDatesText(language === "en" ? "en" : "el", {
                        lastDayAsParty: m.withdrawalLastDayAsParty,
                        effectiveOn: m.withdrawalEffectiveOn,
                      }),
                    })
                  : t(`statusText.${m.status}`)}
          </Text>
        </Paper>
      )}

      {/* where the declaration stands comes first: it is what waits on the officer */}
      {m && <MyAccessionSection user={user} municipality={m} />}

      {user.applicant && (
        <Alert
          color="blue"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={t("applicant.title")}
        >
          {t("applicant.text")}
        </Alert>
      )}

      <Stack gap="xs" component="section" aria-labelledby="my-actions">
        <Title order={2} size="h3" id="my-actions">
          {t("actionsTitle")}
        </Title>
        <List spacing="xs">
          {actionsFor(user, user.municipalityId).map((action) => (
            <List.Item key={action.key}>
              <Anchor component={Link} to={action.to}>
                {t(`actions.${action.key}`)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>

      {/* Each feature's section, as ONE component from that feature. */}
      {m && <MunicipalityWithdrawalPanel municipality={m} />}
    </Stack>
  );
}
