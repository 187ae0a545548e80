import type { ActivityList as ActivityListData } from "@cni/contracts/activities";
import { Center, Pagination, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ActivityCard } from "./activity-card";

type Props = {
  data: ActivityListData | undefined;
  pending: boolean;
  stale?: boolean;
  page: number;
  onPageChange?: (page: number) => void;
  emptyText: string;
  headingOrder?: 2 | 3 | 4;
  /** Show whether this municipality hosts or takes part in each activity. */
  roleOf?: string;
};

/** A page of activities with the pager (pages are counted by the API). */
export function ActivityListView({
  data,
  pending,
  stale = false,
  page,
  onPageChange,
  emptyText,
  headingOrder = 3,
  roleOf,
}: Props) {
  const { t } = useTranslation("activities");
  if (pending && !data) {
    return (
      <Stack gap="sm" aria-hidden="true">
        {Array.from({ length: 3 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} height={96} />
        ))}
      </Stack>
    );
  }
  if (!data || data.items.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text>{emptyText}</Text>
      </Paper>
    );
  }
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Stack gap="sm" aria-busy={stale || undefined} style={{ opacity: stale ? 0.6 : 1 }}>
      {data.items.map((activity) => (
        <ActivityCard
          key={activity.id}
          activity={activity}
          headingOrder={headingOrder}
          roleOf={roleOf}
        />
      ))}
      {onPageChange && pages > 1 && (
        <Center component="nav" aria-label={t("list.pagination")}>
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            getControlProps={(control) => ({
              "aria-label":
                control === "next"
                  ? t("list.nextPage")
                  : control === "previous"
                    ? t("list.previousPage")
                    : control === "first"
                      ? t("list.firstPage")
                      : t("list.lastPage"),
            })}
            getItemProps={(p) => ({
              "aria-label": t("list.pageN", { page: p }),
              "aria-current": p === page ? "page" : undefined,
            })}
          />
        </Center>
      )}
    </Stack>
  );
}
