// /activities/propose (officer or representative): a proposal a coordinator publishes.
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { BackLink } from "@/components/back-link";
import { useSession } from "@/entities/session/get-session";
import { RequireRole } from "@/entities/session/require-role";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useProposeActivity } from "../api/propose-activity";
import { ActivityForm } from "../components/activity-form";

export function Component() {
  const { t } = useTranslation("activities");
  useDocumentTitle(t("propose.title"));
  const navigate = useNavigate();
  const session = useSession();
  const propose = useProposeActivity();
  return (
    <RequireRole roles={["officer", "representative"]}>
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
            notify.success(t("propose.sent"));
            await navigate(`/activities/${created.id}`);
          }}
        />
      </Stack>
    </RequireRole>
  );
}
