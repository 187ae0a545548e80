// /activities/:id/edit (coordinator).
import type { Activity, ActivityInput } from "@cni/contracts/activities";
import { Skeleton, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { RequireRole } from "@/entities/session/require-role";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useActivity } from "../api/get-activity";
import { useUpdateActivity } from "../api/update-activity";
import { ActivityForm } from "../components/activity-form";

function formValues(a: Activity): ActivityInput {
  return {
    titleEl: a.titleEl,
    titleEn: a.titleEn ?? "",
    summary: a.summary,
    type: a.type,
    pillars: a.pillars,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    hostMunicipalityId: a.hostMunicipalityId,
    participantMunicipalityIds: a.participantMunicipalityIds,
    status: a.status,
    visibility: a.visibility,
    location: a.location ?? "",
    link: a.link ?? "",
    fundingProgramme: a.fundingProgramme ?? "",
    fundingDeadline: a.fundingDeadline,
  };
}

function EditForm({ id }: { id: string }) {
  const { t } = useTranslation("activities");
  const navigate = useNavigate();
  const query = useActivity(id);
  const update = useUpdateActivity(id);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton height={400} aria-hidden="true" />;
  return (
    <ActivityForm
      mode="edit"
      initialValues={formValues(query.data)}
      submitLabel={t("edit.submit")}
      onCancel={() => void navigate(`/activities/${id}`)}
      onSubmit={async (values) => {
        await update.mutateAsync(values);
        notify.success(t("edit.saved"));
        await navigate(`/activities/${id}`);
      }}
    />
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t } = useTranslation("activities");
  useDocumentTitle(t("edit.title"));
  return (
    <RequireRole roles={["coordinator"]}>
      <Stack gap="lg">
        <Stack gap="xs">
          <BackLink to={`/activities/${id}`} label={t("edit.back")} />
          <Title order={1}>{t("edit.title")}</Title>
        </Stack>
        <EditForm id={id} />
      </Stack>
    </RequireRole>
  );
}
