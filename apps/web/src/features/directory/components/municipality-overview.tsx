// The directory's part of a municipality's page: its name and status, its facts and its
// membership history. The page itself (app/routes/municipality.tsx) puts the other
// features' sections around these.

import type { MunicipalityDetail } from "@cni/contracts/municipalities";
import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BackLink } from "@/components/back-link";
import { Fact } from "@/components/fact";
import { WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { MembershipStatusBadge } from "@/entities/membership/status-badges";
import { municipalityName } from "@/entities/municipality/name";
import { regionalUnitLabel, regionLabel } from "../utils/municipality";
import { MemberSinceText } from "./member-since-text";
import { MembershipHistory } from "./membership-history";

export function MunicipalityBackLink() {
  const { t } = useTranslation("directory");
  return <BackLink to="/municipalities" label={t("municipality.back")} />;
}

export function MunicipalityHeader({ municipality: m }: { municipality: MunicipalityDetail }) {
  const { i18n } = useTranslation("directory");
  const language = i18n.language;
  const other = language === "en" ? "el" : "en";
  return (
    <Stack gap="xs">
      <MunicipalityBackLink />
      <Group gap="sm" align="center">
        <Title order={1}>{municipalityName(m, language)}</Title>
        <MembershipStatusBadge status={m.status} />
      </Group>
      <Text c="dimmed" lang={other}>
        {municipalityName(m, other)}
      </Text>
    </Stack>
  );
}

export function MunicipalityFacts({ municipality: m }: { municipality: MunicipalityDetail }) {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  return (
    <>
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
          {m.withdrawalLastDayAsParty && m.withdrawalEffectiveOn && (
            <Fact label={t("municipality.withdrawal")}>
              <WithdrawalDatesText
                lastDayAsParty={m.withdrawalLastDayAsParty}
                effectiveOn={m.withdrawalEffectiveOn}
              />
            </Fact>
          )}
          {m.status === "unknown" && (
            <Fact label={t("municipality.status")}>{t("table.unknownNote")}</Fact>
          )}
        </SimpleGrid>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="municipality-history">
        <Title order={2} size="h3" id="municipality-history">
          {t("municipality.history")}
        </Title>
        <MembershipHistory history={m.history} />
      </Stack>
    </>
  );
}
