import type { Activity } from "@cni/contracts/activities";
import type { ActivityStatus, Pillar } from "@cni/domain/enums";
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

// Outline badges in shade 9 keep the text contrast above 4.5:1 on white (WCAG AA).
export const PILLAR_COLORS: Record<Pillar, string> = {
  employability: "teal.9",
  municipal_structures: "grape.9",
  inclusion: "pink.9",
};

const STATUS_TONE: Record<ActivityStatus, Tone> = {
  planned: "info",
  ongoing: "success",
  completed: "neutral",
  cancelled: "danger",
};

export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation("activities");
  return (
    <Badge variant="outline" color={PILLAR_COLORS[pillar]} tt="none" size="sm">
      {t(`pillars.${pillar}`)}
    </Badge>
  );
}

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation("activities");
  return (
    <StatusBadge tone={STATUS_TONE[status]} size="sm" data={{ "data-activity-status": status }}>
      {t(`statuses.${status}`)}
    </StatusBadge>
  );
}

/** Type, pillars, status and (when not public) visibility of an activity. */
export function ActivityBadges({ activity }: { activity: Activity }) {
  const { t } = useTranslation("activities");
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="filled" color="blue.9" tt="none" size="sm">
        {t(`types.${activity.type}`)}
      </Badge>
      {activity.pillars.map((pillar) => (
        <PillarBadge key={pillar} pillar={pillar} />
      ))}
      <ActivityStatusBadge status={activity.status} />
      {activity.visibility === "members" && (
        <Badge variant="outline" color="dark.6" tt="none" size="sm">
          {t("visibility.members")}
        </Badge>
      )}
      {!activity.published && (
        <Badge variant="filled" color="dark.7" tt="none" size="sm">
          {t("proposals.badge")}
        </Badge>
      )}
    </Group>
  );
}
