// The "Activities" section of a municipality's page (/municipalities/:id): the activities
// it hosts or takes part in, newest first, with a link to the whole filtered list.
import { Anchor, Group, Skeleton, Stack, Title } from "@mantine/core";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useActivities } from "../api/get-activities";
import { municipalityActivitiesParams } from "../api/municipality-activities";
import { listHref } from "../utils/filters";
import { ActivityListView } from "./activity-list";

/** One component for the municipality page; loads its own translations without blocking it. */
export function MunicipalityActivities({ municipalityId }: { municipalityId: string }) {
  return (
    <Suspense fallback={<Skeleton height={120} aria-hidden="true" />}>
      <MunicipalityActivitiesSection municipalityId={municipalityId} />
    </Suspense>
  );
}

function MunicipalityActivitiesSection({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation("activities");
  const [page, setPage] = useState(1);
  const query = useActivities(municipalityActivitiesParams(municipalityId, page));
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="municipality-activities"
      data-testid="municipality-activities"
    >
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="municipality-activities">
          {t("municipality.title")}
        </Title>
        {(query.data?.total ?? 0) > 0 && (
          <Anchor component={Link} to={listHref({ municipalityId })} size="sm">
            {t("municipality.all", { count: query.data?.total ?? 0 })}
          </Anchor>
        )}
      </Group>
      {query.isError && !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ActivityListView
          data={query.data}
          pending={query.isPending}
          stale={query.isPlaceholderData}
          page={page}
          onPageChange={setPage}
          emptyText={t("municipality.empty")}
          headingOrder={3}
          roleOf={municipalityId}
        />
      )}
    </Stack>
  );
}
