// The month calendar of activities: /activities/calendar?month=YYYY-MM&pillar=&type=.
// Mantine's Calendar (from @mantine/dates, loaded only with this lazy page) marks the days
// with activities; the month's activities are listed by day below it, so everything the
// calendar shows is also available as text.

import { activityFilter } from "@cni/contracts/activity-queries";
import { athensToday } from "@cni/domain/dates";
import { ACTIVITY_TYPES, PILLARS } from "@cni/domain/enums";
import {
  Box,
  Button,
  Grid,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Calendar } from "@mantine/dates";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { formatDate } from "@/lib/format";
import { intlLocale } from "@/lib/i18n-locale";
import { parseSearch } from "@/lib/search-state";
import { useDocumentTitle } from "@/lib/use-document-title";
import type { ActivityFilters } from "../api/get-activities";
import { useActivitiesInRange } from "../api/get-activities-in-range";
import { ActivityCard } from "../components/activity-card";
import { ActivityDatesProvider } from "../components/dates-provider";
import { FeedLinks } from "../components/feed-links";
import { daysCovered, firstDayOf, isMonth, lastDayOf, monthOf } from "../utils/month";

function monthTitle(month: string, language: string): string {
  const [year, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(year ?? 2000, (m ?? 1) - 1, 1));
}

function CalendarPage() {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  useDocumentTitle(t("calendar.title"));
  const [params, setParams] = useSearchParams();
  const today = athensToday();
  const monthParam = params.get("month");
  const month = isMonth(monthParam) ? monthParam : monthOf(today);
  const { pillar = [], type = [] } = parseSearch(activityFilter, params);
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const filters: ActivityFilters = { pillar, type };
  const query = useActivitiesInRange({ ...filters, from, to });
  const [selected, setSelected] = useState<string | null>(null);

  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const goTo = (nextMonth: string) => {
    setSelected(null);
    set("month", nextMonth === monthOf(today) ? null : nextMonth);
  };

  const byDay = useMemo(() => {
    const map = new Map<string, NonNullable<typeof query.data>["items"]>();
    for (const activity of query.data?.items ?? []) {
      for (const day of daysCovered(activity, from, to)) {
        const list = map.get(day) ?? [];
        list.push(activity);
        map.set(day, list);
      }
    }
    return map;
  }, [query.data, from, to]);
  const days = [...byDay.keys()].sort();
  const shownDays = selected ? days.filter((d) => d === selected) : days;
  const total = query.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink to="/activities" label={t("detail.back")} />
        <Title order={1}>{t("calendar.title")}</Title>
        <Text maw={760}>{t("calendar.intro")}</Text>
      </Stack>

      <SimpleGrid
        cols={{ base: 1, sm: 2 }}
        spacing="sm"
        maw={720}
        component="form"
        role="search"
        aria-label={t("filters.label")}
        onSubmit={(e) => e.preventDefault()}
      >
        <MultiSelect
          label={t("filters.pillar")}
          placeholder={pillar.length ? undefined : t("filters.all")}
          data={PILLARS.map((p) => ({ value: p, label: t(`pillars.${p}`) }))}
          value={pillar}
          onChange={(value) => set("pillar", value.join(",") || null)}
          clearable
          clearButtonProps={{ "aria-label": t("filters.clearField") }}
        />
        <MultiSelect
          label={t("filters.type")}
          placeholder={type.length ? undefined : t("filters.all")}
          data={ACTIVITY_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
          value={type}
          onChange={(value) => set("type", value.join(",") || null)}
          clearable
          clearButtonProps={{ "aria-label": t("filters.clearField") }}
        />
      </SimpleGrid>
      <FeedLinks filters={filters} />

      {query.isError && !query.data && (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      )}

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="sm" component="section" aria-labelledby="calendar-month">
            <Group justify="flex-end" mb="xs">
              {/* Mantine's header shows the month; the heading names the section for AT */}
              <VisuallyHidden>
                <Title order={2} id="calendar-month">
                  {monthTitle(month, language)}
                </Title>
              </VisuallyHidden>
              <Button size="xs" variant="default" onClick={() => goTo(monthOf(today))}>
                {t("calendar.today")}
              </Button>
            </Group>
            <Calendar
              date={firstDayOf(month)}
              onDateChange={(date) => goTo(monthOf(String(date)))}
              onNextMonth={(date) => goTo(monthOf(String(date)))}
              onPreviousMonth={(date) => goTo(monthOf(String(date)))}
              maxLevel="month"
              hideOutsideDates
              // weekends in Mantine's default red (3.3:1) would fail WCAG AA contrast
              weekendDays={[]}
              size="lg"
              fullWidth
              aria-busy={query.isFetching || undefined}
              ariaLabels={{
                nextMonth: t("calendar.nextMonth"),
                previousMonth: t("calendar.previousMonth"),
              }}
              getDayAriaLabel={(date) => {
                const count = byDay.get(String(date).slice(0, 10))?.length ?? 0;
                const label = formatDate(String(date).slice(0, 10), language, "long");
                return count ? `${label}: ${t("calendar.dayCount", { count })}` : label;
              }}
              getDayProps={(date) => {
                const day = String(date).slice(0, 10);
                return {
                  selected: day === selected,
                  onClick: () => setSelected(day === selected ? null : day),
                  "data-has-activities": byDay.has(day) || undefined,
                };
              }}
              renderDay={(date) => {
                const day = String(date).slice(0, 10);
                const count = byDay.get(day)?.length ?? 0;
                return (
                  <Box
                    pos="relative"
                    w="100%"
                    h="100%"
                    style={{ display: "grid", placeItems: "center" }}
                  >
                    <span>{Number(day.slice(8, 10))}</span>
                    {count > 0 && (
                      // dots, not digits: the day's accessible name says how many
                      <Group
                        gap={2}
                        pos="absolute"
                        bottom={4}
                        left={0}
                        right={0}
                        justify="center"
                        aria-hidden="true"
                        data-testid="day-marker"
                      >
                        {Array.from({ length: Math.min(count, 3) }, (_, i) => (
                          <Box
                            // biome-ignore lint/suspicious/noArrayIndexKey: identical dots
                            key={i}
                            w={6}
                            h={6}
                            bg="blue.9"
                            style={{ borderRadius: "50%" }}
                          />
                        ))}
                      </Group>
                    )}
                  </Box>
                );
              }}
            />
            <Text size="sm" mt="xs" role="status" aria-live="polite" data-testid="calendar-summary">
              {query.data ? t("calendar.monthCount", { count: total }) : ""}
            </Text>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack
            gap="md"
            component="section"
            aria-labelledby="calendar-list"
            data-testid="calendar-list"
          >
            <Group justify="space-between" align="baseline">
              <Title order={2} size="h3" id="calendar-list">
                {selected
                  ? t("calendar.onDay", { date: formatDate(selected, language, "long") })
                  : t("calendar.inMonth", { month: monthTitle(month, language) })}
              </Title>
              {selected && (
                <Button size="xs" variant="subtle" onClick={() => setSelected(null)}>
                  {t("calendar.wholeMonth")}
                </Button>
              )}
            </Group>
            {query.data && shownDays.length === 0 && <Text>{t("calendar.empty")}</Text>}
            {shownDays.map((day) => (
              <Stack key={day} gap="xs" data-day={day}>
                <Title order={3} size="h5">
                  <time dateTime={day}>{formatDate(day, language, "long")}</time>
                </Title>
                {(byDay.get(day) ?? []).map((activity) => (
                  <ActivityCard key={activity.id} activity={activity} headingOrder={4} />
                ))}
              </Stack>
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function Component() {
  return (
    <ActivityDatesProvider>
      <CalendarPage />
    </ActivityDatesProvider>
  );
}
