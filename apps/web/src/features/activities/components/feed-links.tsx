import { Anchor, Group, Text } from "@mantine/core";
import { IconCalendarShare, IconDownload, IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ActivityFilters } from "../api/get-activities";
import { csvHref, icsHref, webcalHref } from "../utils/feeds";

/** Subscribe to (or download) the iCalendar feed, and download CSV, for these filters. */
export function FeedLinks({ filters }: { filters: ActivityFilters }) {
  const { t } = useTranslation("activities");
  return (
    <Group gap="lg" wrap="wrap" data-testid="feed-links">
      <Anchor href={webcalHref(filters)} size="sm">
        <Group gap={4} component="span" wrap="nowrap">
          <IconCalendarShare size={16} aria-hidden="true" />
          {t("feeds.subscribe")}
        </Group>
      </Anchor>
      <Anchor href={icsHref(filters)} size="sm" download="cni-activities.ics">
        <Group gap={4} component="span" wrap="nowrap">
          <IconDownload size={16} aria-hidden="true" />
          {t("feeds.ics")}
        </Group>
      </Anchor>
      {(["excel", "rfc4180"] as const).map((format) => (
        <Anchor
          key={format}
          href={csvHref(filters, format)}
          size="sm"
          download={format === "excel" ? "cni-activities-excel.csv" : "cni-activities.csv"}
          title={t(`common:csv.${format}Hint`)}
          data-testid={`activities-csv-${format}`}
        >
          <Group gap={4} component="span" wrap="nowrap">
            <IconFileSpreadsheet size={16} aria-hidden="true" />
            {t(`common:csv.${format}`)}
          </Group>
        </Anchor>
      ))}
      <Text size="xs" c="dimmed">
        {t("feeds.note")}
      </Text>
    </Group>
  );
}
