// The activities home: /activities. The types × pillars matrix (each count links to the
// filtered list), the catalogue with filters in the URL, feeds, and per role: "my pillars"
// and "propose" for officers and representatives, "new" and the proposals queue for
// coordinators.
import { activityListQuery } from "@cni/contracts/activity-queries";
import { PILLARS } from "@cni/domain/enums";
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconCalendarMonth, IconInbox, IconPlus, IconSend } from "@tabler/icons-react";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useSession } from "@/entities/session/get-session";
import { useSearchState } from "@/lib/search-state";
import { useDocumentTitle } from "@/lib/use-document-title";
import { type ActivityFilters as Filters, useActivities } from "../api/get-activities";
import { useActivityMatrix } from "../api/get-activity-matrix";
import { listFilters, listParams, matrixFilters } from "../api/page-queries";
import { ActivityFilters } from "../components/activity-filters";
import { ActivityListView } from "../components/activity-list";
import { ActivityMatrixTable } from "../components/activity-matrix";
import { FeedLinks } from "../components/feed-links";
import { MyPillars } from "../components/my-pillars";
import { hasFilters, type ListState } from "../utils/filters";
import { toListState } from "../utils/list-state";

const SEARCH_DEBOUNCE_MS = 300;

function useListState() {
  const [query, update] = useSearchState(activityListQuery);
  const state = useMemo(() => toListState(query), [query]);
  return { state, update: (changes: Partial<ListState>) => update(changes) };
}

export function Component() {
  const { t } = useTranslation("activities");
  useDocumentTitle(t("documentTitle"));
  const session = useSession();
  const user = session.data?.user ?? null;
  const { state, update } = useListState();

  const [search, setSearch] = useState(state.q ?? "");
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text triggers this
  useEffect(() => {
    if (debounced.trim() !== (state.q ?? "")) update({ q: debounced.trim(), page: 1 });
  }, [debounced]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a URL change triggers this
  useEffect(() => {
    if ((state.q ?? "") !== debounced.trim()) setSearch(state.q ?? "");
  }, [state.q]);

  // The same queries as the route's loader starts (api/page-queries.ts). The matrix shows
  // every type and pillar for the other filters.
  const filters: Filters = listFilters(state);
  const matrixOnly: Filters = matrixFilters(state);
  const list = useActivities(listParams(state));
  const matrix = useActivityMatrix(matrixOnly);
  // Two steps (issue 16): the first commit holds the heading, the introduction and the
  // pillars — the largest text, which the first paint waits for — and skeletons; the filters,
  // the matrix and the rows follow in a deferred render, which React splits into short
  // tasks. Data arriving later renders the same way (a query result alone would re-render
  // the page in one long task).
  const complete = useDeferredValue(true, false);
  const listData = useDeferredValue(complete ? list.data : undefined);
  const matrixData = useDeferredValue(complete ? matrix.data : undefined);
  const isMunicipalUser = user?.role === "officer" || user?.role === "representative";
  const isCoordinator = user?.role === "coordinator";

  const clear = () => {
    setSearch("");
    update({
      pillar: [],
      type: [],
      status: [],
      municipalityId: undefined,
      from: undefined,
      to: undefined,
      q: "",
      page: 1,
    });
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        <Text maw={760}>{t("intro")}</Text>
        <Group gap="sm" mt="xs">
          <Button
            component={Link}
            to="/activities/calendar"
            variant="default"
            leftSection={<IconCalendarMonth size={18} aria-hidden="true" />}
          >
            {t("actions.calendar")}
          </Button>
          {isCoordinator && (
            <>
              <Button
                component={Link}
                to="/activities/new"
                leftSection={<IconPlus size={18} aria-hidden="true" />}
              >
                {t("actions.new")}
              </Button>
              <Button
                component={Link}
                to="/activities/proposals"
                variant="default"
                leftSection={<IconInbox size={18} aria-hidden="true" />}
              >
                {t("actions.proposals")}
              </Button>
            </>
          )}
          {isMunicipalUser && (
            <Button
              component={Link}
              to="/activities/propose"
              variant="default"
              leftSection={<IconSend size={18} aria-hidden="true" />}
            >
              {t("actions.propose")}
            </Button>
          )}
        </Group>
      </Stack>

      {isMunicipalUser && user && <MyPillars userId={user.id} />}

      <Stack gap="sm" component="section" aria-labelledby="pillars-title">
        <Title order={2} size="h3" id="pillars-title">
          {t("pillarsSection.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {PILLARS.map((pillar) => (
            <Card key={pillar} withBorder padding="md">
              <Anchor component={Link} to={`/pillars/${pillar}`} fw={700}>
                {t(`pillars.${pillar}`)}
              </Anchor>
              <Text size="sm" mt={4}>
                {t(`pillarDescriptions.${pillar}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="matrix-title">
        <Title order={2} size="h3" id="matrix-title">
          {t("matrix.title")}
        </Title>
        <Text size="sm">{t("matrix.intro")}</Text>
        {matrix.isError && !matrix.data ? (
          <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
        ) : (
          <ActivityMatrixTable
            matrix={matrixData}
            filters={matrixOnly}
            stale={matrix.isPlaceholderData}
          />
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="activity-list-title" id="activity-list">
        <Title order={2} size="h3" id="activity-list-title">
          {t("list.title")}
        </Title>
        {complete && (
          <>
            <ActivityFilters
              state={state}
              search={search}
              onSearchChange={setSearch}
              onChange={update}
              onClear={clear}
              showClear={hasFilters(state)}
            />
            <FeedLinks filters={filters} />
          </>
        )}
        <Text role="status" aria-live="polite" fw={700} data-testid="activity-summary">
          {listData ? t("list.summary", { count: listData.total }) : ""}
        </Text>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <ActivityListView
            data={listData}
            pending={list.isPending || listData === undefined}
            stale={list.isPlaceholderData}
            page={state.page}
            onPageChange={(page) => update({ page })}
            emptyText={t("list.empty")}
          />
        )}
      </Stack>
    </Stack>
  );
}
