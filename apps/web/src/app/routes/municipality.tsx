// A municipality's public page, `/municipalities/:id`: a composition point. The directory
// shows the municipality; each other feature adds its section as ONE component.
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { QueryPage } from "@/components/query-page";
import { useMunicipality } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { MunicipalityDesignatePrompt } from "@/features/accessions/components/municipality-designate-prompt";
import { MunicipalityActivities } from "@/features/activities/components/municipality-activities";
import { MunicipalityDesignations } from "@/features/designations/components/municipality-designations";
import {
  MunicipalityBackLink,
  MunicipalityFacts,
  MunicipalityHeader,
} from "@/features/directory/components/municipality-overview";
import { MunicipalityAccounts } from "@/features/users/components/municipality-accounts";
import { MunicipalityTimeline } from "@/features/withdrawals/components/municipality-timeline";
import { MunicipalityWithdrawalPanel } from "@/features/withdrawals/components/municipality-withdrawal-panel";

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("directory");
  const query = useMunicipality(id);
  return (
    <QueryPage
      query={query}
      back={<MunicipalityBackLink />}
      title={t("municipality.facts")}
      pageTitle={(m) => municipalityName(m, i18n.language)}
      notFound={{ title: t("municipality.notFoundTitle"), text: t("municipality.notFoundText") }}
    >
      {(municipality) => (
        <Stack gap="xl" maw={960}>
          <MunicipalityHeader municipality={municipality} />
          <MunicipalityWithdrawalPanel municipality={municipality} />
          <MunicipalityFacts municipality={municipality} />
          <MunicipalityDesignatePrompt municipality={municipality} />
          <MunicipalityDesignations municipalityId={municipality.id} />
          <MunicipalityAccounts municipalityId={municipality.id} />
          <MunicipalityTimeline municipalityId={municipality.id} />
          <MunicipalityActivities municipalityId={municipality.id} />
        </Stack>
      )}
    </QueryPage>
  );
}
