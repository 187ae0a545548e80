import type { Activity } from "@cni/contracts/activities";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendar, IconMapPin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { municipalityName } from "@/entities/municipality/name";
import { activityTitle, activityTitleLang } from "../utils/names";
import { ActivityBadges } from "./activity-badges";
import { ActivityDates } from "./activity-dates";

type Props = {
  activity: Activity;
  /** Heading level of the title inside the page's outline. */
  headingOrder?: 2 | 3 | 4;
  /** Say whether this municipality hosts the activity or takes part in it. */
  roleOf?: string;
};

/** One activity in a list: title (link to its page), dates, host, badges. */
export function ActivityCard({ activity, headingOrder = 3, roleOf }: Props) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  return (
    <Paper withBorder p="md" component="article" data-activity={activity.id}>
      <Stack gap={6}>
        <Title order={headingOrder} size="h4">
          <Anchor
            component={Link}
            to={`/activities/${activity.id}`}
            lang={activityTitleLang(activity, language)}
          >
            {activityTitle(activity, language)}
          </Anchor>
        </Title>
        <Group gap="lg" wrap="wrap">
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={16} aria-hidden="true" />
            <Text size="sm">
              <ActivityDates startsOn={activity.startsOn} endsOn={activity.endsOn} />
            </Text>
          </Group>
          {activity.host && (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={16} aria-hidden="true" />
              <Text size="sm">
                {t("list.hostedBy", { name: municipalityName(activity.host, language) })}
              </Text>
            </Group>
          )}
        </Group>
        <ActivityBadges activity={activity} />
        {roleOf && (
          <Text
            size="sm"
            fw={700}
            data-role={activity.hostMunicipalityId === roleOf ? "host" : "participant"}
          >
            {activity.hostMunicipalityId === roleOf
              ? t("municipality.hosts")
              : t("municipality.joins")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
