// /activities/proposals (coordinator): members' proposals waiting for publication.
import {
  Anchor,
  Button,
  Center,
  Group,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconWorldUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { municipalityName } from "@/entities/municipality/name";
import { RequireRole } from "@/entities/session/require-role";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useActivities } from "../api/get-activities";
import { usePublishActivity } from "../api/publish-activity";
import { ActivityBadges } from "../components/activity-badges";
import { ActivityDates } from "../components/activity-dates";
import { activityTitle } from "../utils/names";

function Queue() {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const [page, setPage] = useState(1);
  const query = useActivities({ published: false, page, pageSize: 20, sort: "updated" });
  const publish = usePublishActivity();
  if (query.isError && !query.data) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const items = query.data?.items ?? [];
  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" fw={700}>
        {query.data ? t("proposals.count", { count: query.data.total }) : ""}
      </Text>
      {query.data && items.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t("proposals.empty")}</Text>
        </Paper>
      )}
      {items.map((a) => (
        <Paper key={a.id} withBorder p="md" component="article" data-activity={a.id}>
          <Stack gap={6}>
            <Title order={2} size="h4">
              <Anchor component={Link} to={`/activities/${a.id}`}>
                {activityTitle(a, language)}
              </Anchor>
            </Title>
            <Text size="sm">
              <ActivityDates startsOn={a.startsOn} endsOn={a.endsOn} />
              {a.host && ` · ${t("list.hostedBy", { name: municipalityName(a.host, language) })}`}
            </Text>
            {a.proposedBy && (
              <Text size="sm">{t("proposals.proposedBy", { name: a.proposedBy.name })}</Text>
            )}
            <ActivityBadges activity={a} />
            <Group gap="sm" mt={4}>
              <Button
                size="sm"
                leftSection={<IconWorldUpload size={16} aria-hidden="true" />}
                loading={publish.isPending && publish.variables === a.id}
                onClick={() =>
                  publish.mutate(a.id, {
                    onSuccess: () => notify.success(t("proposals.publishedMessage")),
                  })
                }
                aria-label={t("proposals.publishNamed", { title: activityTitle(a, language) })}
              >
                {t("proposals.publish")}
              </Button>
              <Button component={Link} to={`/activities/${a.id}/edit`} size="sm" variant="default">
                {t("detail.edit")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      {publish.isError && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(t, publish.error, "activities")}
        </Text>
      )}
      {query.data && query.data.total > query.data.pageSize && (
        <Center component="nav" aria-label={t("list.pagination")}>
          <Pagination
            total={Math.ceil(query.data.total / query.data.pageSize)}
            value={page}
            onChange={setPage}
            getItemProps={(p) => ({ "aria-label": t("list.pageN", { page: p }) })}
            getControlProps={(control) => ({
              "aria-label": control === "next" ? t("list.nextPage") : t("list.previousPage"),
            })}
          />
        </Center>
      )}
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation("activities");
  useDocumentTitle(t("proposals.title"));
  return (
    <RequireRole roles={["coordinator"]}>
      <Stack gap="lg" maw={960}>
        <Stack gap="xs">
          <BackLink to="/activities" label={t("detail.back")} />
          <Title order={1}>{t("proposals.title")}</Title>
          <Text>{t("proposals.intro")}</Text>
        </Stack>
        <Queue />
      </Stack>
    </RequireRole>
  );
}
