// /my — the home of officers and representatives: their municipality, its status, and
// what they can do. Other features add their section below as ONE component each,
// imported from their own feature (like the municipality page).
import type { SessionUser } from "@cni/contracts/auth";
import type { MembershipStatus } from "@cni/domain/enums";
import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useSession } from "@/entities/session/get-session";
import { MunicipalityWithdrawalPanel } from "@/features/withdrawals/components/municipality-withdrawal-panel";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { formatDate } from "@/lib/format";
import { useMyMunicipality } from "../api/get-my-municipality";

/** Dark text on a light tint (≥ 6.9:1), the directory's colours for the statuses. */
const STATUS_COLORS: Record<MembershipStatus, { color: string; background: string }> = {
  member: { color: "#1b5e20", background: "#e6f4e8" },
  applicant: { color: "#7a4100", background: "#fff3d6" },
  withdrawing: { color: "#8a2c00", background: "#ffe8d9" },
  former: { color: "#343a40", background: "#e9ecef" },
  none: { color: "#495057", background: "#f1f3f5" },
};

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
  const municipality = useMyMunicipality(user?.municipalityId);
  const m = municipality.data;
  const name = m
    ? language === "en"
      ? `Municipality of ${m.nameEn}`
      : `Δήμος ${m.nameEl}`
    : undefined;
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
            <Badge
              size="lg"
              tt="none"
              radius="sm"
              fw={700}
              styles={{
                root: {
                  color: STATUS_COLORS[m.status].color,
                  background: STATUS_COLORS[m.status].background,
                },
              }}
            >
              {t(`status.${m.status}`)}
            </Badge>
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
                : m.status === "withdrawing" && m.withdrawalEffectiveOn
                  ? t("statusText.withdrawing", {
                      date: formatDate(m.withdrawalEffectiveOn, language),
                    })
                  : t(`statusText.${m.status}`)}
          </Text>
        </Paper>
      )}

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

      {/* COMPOSITION POINT: features add their section here as ONE component imported
          from their own feature (e.g. features/accessions/components/my-accession.tsx,
          features/notices/components/my-notices.tsx), with a one-line edit. */}
      {m && <MunicipalityWithdrawalPanel municipality={m} />}
    </Stack>
  );
}
