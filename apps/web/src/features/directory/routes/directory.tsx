// The public member directory: `/` and `/municipalities`. Filters live in the URL
// (?q=&status=member,applicant&region=&sort=&asOf=&page=&size=) so a filtered list can be
// shared; `asOf` shows the network as it stood on that date. The table shows one page of
// rows (issue 16: all 400 at once cost ≈ 7,100 DOM nodes); the map and counts show them all.
import { isIsoDate } from "@cni/domain/dates";
import type { MembershipStatus } from "@cni/domain/enums";
import { Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AsOfDateInput } from "@/components/as-of-date-input";
import { ErrorState } from "@/components/error-state";
import { MembersCsvLink } from "@/components/members-csv-link";
import { useMunicipalities } from "@/entities/municipality/api";
import { formatDate } from "@/lib/format";
import { useDocumentTitle } from "@/lib/use-document-title";
import { directoryFilters } from "../api/directory-queries";
import { DirectoryFilters } from "../components/directory-filters";
import { DirectoryPagination } from "../components/directory-pagination";
import { MapPanel } from "../components/map-panel";
import { MunicipalityCards } from "../components/municipality-cards";
import { MunicipalityTable, MunicipalityTableSkeleton } from "../components/municipality-table";
import { statusCountsText } from "../components/status-summary";
import {
  isSortKey,
  parseStatuses,
  regionsOf,
  type SortKey,
  sortMunicipalities,
} from "../utils/municipality";
import { DEFAULT_PAGE_SIZE, pageOf, parsePage, parsePageSize } from "../utils/pages";

const SEARCH_DEBOUNCE_MS = 250;

function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const statuses = parseStatuses(params.get("status"));
  const region = params.get("region") || null;
  const sortParam = params.get("sort");
  const sort: SortKey = isSortKey(sortParam) ? sortParam : "name";
  const asOfParam = params.get("asOf");
  const asOf = asOfParam && isIsoDate(asOfParam) ? asOfParam : null;
  const page = parsePage(params.get("page"));
  const size = parsePageSize(params.get("size"));

  // Any change but the page itself starts again from page 1. Turning a page is a step in
  // the history (Back returns to the previous page); filters and typing replace the entry.
  const update = (changes: Record<string, string | null>, options: { push?: boolean } = {}) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!("page" in changes)) next.delete("page");
        return next;
      },
      { replace: !options.push, preventScrollReset: true },
    );

  return { params, q, statuses, region, sort, asOf, page, size, update };
}

export function Component() {
  const { t, i18n } = useTranslation("directory");
  const language = i18n.language;
  useDocumentTitle(t("documentTitle"));
  const { params, q, statuses, region, sort, asOf, page, size, update } = useDirectoryParams();
  // Phones get cards: a four-column table cannot fit 360 px without scrolling sideways.
  const narrow = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const resultsRef = useRef<HTMLDivElement>(null);

  // Search as you type: the box updates at once, the URL (and the request) after a pause.
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text triggers this
  useEffect(() => {
    if (debouncedSearch.trim() !== q) update({ q: debouncedSearch.trim() || null });
  }, [debouncedSearch]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a URL change triggers this
  useEffect(() => {
    // The URL changed from elsewhere (back button, a shared link): show it in the box.
    if (q !== debouncedSearch.trim()) setSearch(q);
  }, [q]);

  const all = useMunicipalities();
  // the same parameters as the route's loader prefetches (api/directory-queries.ts)
  const filtered = useMunicipalities(directoryFilters(params));

  // The rows, the counts and the map are built from a deferred copy of the answer: when it
  // arrives, React renders them in the background in small slices (a transition) instead of
  // one long task that blocks input (issue 16: TBT at load); until then the skeleton, or the
  // previous rows dimmed, stay on screen. Its first value is null even when the answer is
  // already cached (the route's loader asked for it): the page's heading, text and filters
  // are painted first, the 400 municipalities' rows and map right after (issue 16: LCP).
  const answer = useDeferredValue(filtered.data ?? null, null);
  const stale = filtered.isPlaceholderData || answer !== (filtered.data ?? null);
  const regions = useMemo(() => regionsOf(all.data?.items ?? [], language), [all.data, language]);
  const items = useMemo(
    () => sortMunicipalities(answer?.items ?? [], sort, language),
    [answer, sort, language],
  );
  const shown = pageOf(items, page, size);
  const changePage = (next: number) => {
    update({ page: next > 1 ? String(next) : null }, { push: true });
    // the new rows start at the top of the list: bring it into view, keeping focus where it is
    const top = resultsRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) resultsRef.current?.scrollIntoView({ block: "start" });
  };
  const countsLabel = statusCountsText(t, items);
  const summary = answer
    ? `${asOf ? `${t("asOf.showing", { ns: "withdrawals", date: formatDate(asOf, language) })}: ` : ""}${
        items.length
          ? t("summary", { total: t("counts.total", { count: items.length }), counts: countsLabel })
          : t("empty.text")
      }`
    : "";

  const clear = () => {
    setSearch("");
    update({ q: null, status: null, region: null });
  };

  const table =
    filtered.isError && !filtered.data ? (
      <ErrorState error={filtered.error} onRetry={() => void filtered.refetch()} />
    ) : !answer ? (
      narrow ? (
        <Skeleton height={480} aria-hidden="true" />
      ) : (
        <MunicipalityTableSkeleton sort={sort} />
      )
    ) : items.length === 0 ? (
      <Paper withBorder p="lg">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h4">
            {t("empty.title")}
          </Title>
          <Text>{t("empty.text")}</Text>
          <Button variant="default" onClick={clear}>
            {t("filters.clear")}
          </Button>
        </Stack>
      </Paper>
    ) : (
      <Stack gap="xs" ref={resultsRef} style={{ scrollMarginTop: 80 }}>
        {narrow ? (
          <MunicipalityCards items={shown.rows} stale={stale} asOf={asOf ?? undefined} />
        ) : (
          <MunicipalityTable
            items={shown.rows}
            sort={sort}
            stale={stale}
            asOf={asOf ?? undefined}
          />
        )}
        <DirectoryPagination
          page={shown.page}
          pages={shown.pages}
          size={size}
          total={items.length}
          onPageChange={changePage}
          onSizeChange={(value) =>
            update({ size: value === DEFAULT_PAGE_SIZE ? null : String(value) })
          }
        />
        {shown.rows.some((m) => !m.memberSince && m.memberSinceOnOrBefore) && (
          <Text size="sm" c="dimmed">
            {t("memberSince.onOrBeforeNote")}
          </Text>
        )}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Stack gap="xs">
              <Title order={1}>{t("title")}</Title>
              <Text>{t("intro")}</Text>
            </Stack>
            <DirectoryFilters
              search={search}
              onSearchChange={setSearch}
              statuses={statuses}
              onStatusesChange={(value: MembershipStatus[]) =>
                update({ status: value.length ? value.join(",") : null })
              }
              region={region}
              onRegionChange={(value) => update({ region: value })}
              regions={regions}
              sort={sort}
              onSortChange={(value) => update({ sort: value === "name" ? null : value })}
              onClear={clear}
            />
            <Group align="flex-end" justify="space-between" gap="sm">
              <AsOfDateInput value={asOf} onChange={(value) => update({ asOf: value })} />
              <MembersCsvLink q={q} status={statuses} region={region} asOf={asOf} />
            </Group>
            <Text role="status" aria-live="polite" fw={700} data-testid="directory-summary">
              {summary}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs" component="section" aria-labelledby="directory-map-title">
            <Title order={2} size="h3" id="directory-map-title">
              {t("map.title")}
            </Title>
            <MapPanel items={items} countsLabel={countsLabel} />
            <Text size="sm" c="dimmed">
              {t("map.note")}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      {table}
    </Stack>
  );
}
