// A municipality's public page: `/municipalities/:id`.
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { MunicipalityActivities } from "@/features/activities/components/municipality-activities";
import { MunicipalityDesignations } from "@/features/designations/components/municipality-designations";
import { MunicipalityTimeline } from "@/features/withdrawals/components/municipality-timeline";
import { MunicipalityWithdrawalPanel } from "@/features/withdrawals/components/municipality-withdrawal-panel";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { isApiError } from "@/lib/api-client";
import { formatDate } from "@/lib/format";
import { useMunicipality } from "../api/get-municipality";
import { MemberSinceText } from "../components/member-since-text";
import { MembershipHistory } from "../components/membership-history";
import { StatusBadge } from "../components/status-badge";
import { fullName, regionalUnitLabel, regionLabel } from "../utils/municipality";

function BackLink() {
  const { t } = useTranslation("directory");
  return (
    <Anchor component={Link} to="/municipalities" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {t("municipality.back")}
      </Group>
    </Anchor>
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  const query = useMunicipality(id);
  const notFound = isApiError(query.error) && query.error.status === 404;
  const m = query.data;

  useDocumentTitle(
    m ? fullName(m, language) : notFound ? t("municipality.notFoundTitle") : undefined,
  );

  if (notFound) {
    return (
      <Stack gap="md" maw={720}>
        <BackLink />
        <Title order={1}>{t("municipality.notFoundTitle")}</Title>
        <Text>{t("municipality.notFoundText")}</Text>
      </Stack>
    );
  }

  if (query.isError && !m) {
    return (
      <Stack gap="md">
        <BackLink />
        <Title order={1}>{t("municipality.facts")}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }

  if (!m) {
    return (
      <Stack gap="md" aria-busy="true">
        <BackLink />
        <Skeleton height={36} width="50%" />
        <Skeleton height={120} />
        <Skeleton height={160} />
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <BackLink />
        <Group gap="sm" align="center">
          <Title order={1}>{fullName(m, language)}</Title>
          <StatusBadge status={m.status} />
        </Group>
        <Text c="dimmed" lang={language === "en" ? "el" : "en"}>
          {fullName(m, language === "en" ? "el" : "en")}
        </Text>
      </Stack>

      <MunicipalityWithdrawalPanel municipality={m} />

      <Paper withBorder p="md" component="section" aria-labelledby="municipality-facts">
        <Title order={2} size="h3" id="municipality-facts" mb="sm">
          {t("municipality.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
          <Fact label={t("municipality.region")}>{regionLabel(m, language)}</Fact>
          <Fact label={t("municipality.regionalUnit")}>{regionalUnitLabel(m, language)}</Fact>
          <Fact label={t("municipality.memberSince")}>
            <MemberSinceText
              memberSince={m.memberSince}
              memberSinceOnOrBefore={m.memberSinceOnOrBefore}
            />
          </Fact>
          {m.founding && (
            <Fact label={t("municipality.founding")}>{t("municipality.foundingText")}</Fact>
          )}
          {m.withdrawalEffectiveOn && (
            <Fact label={t("municipality.withdrawalEffectiveOn")}>
              <time dateTime={m.withdrawalEffectiveOn}>
                {formatDate(m.withdrawalEffectiveOn, language)}
              </time>
            </Fact>
          )}
        </SimpleGrid>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="municipality-history">
        <Title order={2} size="h3" id="municipality-history">
          {t("municipality.history")}
        </Title>
        <MembershipHistory history={m.history} />
      </Stack>

      <MunicipalityDesignations municipalityId={m.id} />
      <MunicipalityTimeline municipalityId={m.id} />
      <MunicipalityActivities municipalityId={m.id} />
    </Stack>
  );
}
