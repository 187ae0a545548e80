// /activities/propose (officer or representative): a proposal a coordinator publishes.
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession } from "@/entities/session/get-session";
import { useDocumentTitle } from "@/hooks/use-document-title";
import { useProposeActivity } from "../api/propose-activity";
import { ActivityForm } from "../components/activity-form";
import { BackLink } from "../components/back-link";
import { ActivityDatesProvider } from "../components/dates-provider";
import { RequireRole } from "../components/require-role";
import { notifySuccess } from "../utils/notify";

export function Component() {
  const { t } = useTranslation("activities");
  useDocumentTitle(t("propose.title"));
  const navigate = useNavigate();
  const session = useSession();
  const propose = useProposeActivity();
  return (
    <RequireRole roles={["officer", "representative"]} title={t("propose.title")}>
      <ActivityDatesProvider>
        <Stack gap="lg">
          <Stack gap="xs">
            <BackLink to="/activities" label={t("detail.back")} />
            <Title order={1}>{t("propose.title")}</Title>
            <Text maw={760}>{t("propose.intro")}</Text>
          </Stack>
          <ActivityForm
            mode="propose"
            ownMunicipalityId={session.data?.user?.municipalityId ?? null}
            submitLabel={t("propose.submit")}
            onCancel={() => void navigate("/activities")}
            onSubmit={async (values) => {
              const created = await propose.mutateAsync(values);
              notifySuccess(t("propose.sent"));
              await navigate(`/activities/${created.id}`);
            }}
          />
        </Stack>
      </ActivityDatesProvider>
    </RequireRole>
  );
}
