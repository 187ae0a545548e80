// /activities/new (coordinator): a published activity.
import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { BackLink } from "@/components/back-link";
import { RequireRole } from "@/entities/session/require-role";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useCreateActivity } from "../api/create-activity";
import { ActivityForm } from "../components/activity-form";

export function Component() {
  const { t } = useTranslation("activities");
  useDocumentTitle(t("new.title"));
  const navigate = useNavigate();
  const create = useCreateActivity();
  return (
    <RequireRole roles={["coordinator"]}>
      <Stack gap="lg">
        <Stack gap="xs">
          <BackLink to="/activities" label={t("detail.back")} />
          <Title order={1}>{t("new.title")}</Title>
        </Stack>
        <ActivityForm
          mode="create"
          submitLabel={t("new.submit")}
          onCancel={() => void navigate("/activities")}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(values);
            notify.success(t("new.created"));
            await navigate(`/activities/${created.id}`);
          }}
        />
      </Stack>
    </RequireRole>
  );
}
