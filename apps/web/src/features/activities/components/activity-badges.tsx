import type { Activity } from "@cni/contracts/activities";
import type { ActivityStatus, Pillar } from "@cni/domain/enums";
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Outline badges in shade 9 keep the text contrast above 4.5:1 on white (WCAG AA).
export const PILLAR_COLORS: Record<Pillar, string> = {
  employability: "teal.9",
  municipal_structures: "grape.9",
  inclusion: "pink.9",
};

const STATUS_COLORS: Record<ActivityStatus, string> = {
  planned: "blue.9",
  // green 9 is 4.36:1 on white (fails AA for small text); cyan 9 passes
  ongoing: "cyan.9",
  completed: "gray.8",
  cancelled: "red.9",
};

export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation("activities");
  return (
    <Badge variant="outline" color={PILLAR_COLORS[pillar]} tt="none" size="sm">
      {t(`pillars.${pillar}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation("activities");
  return (
    <Badge variant="outline" color={STATUS_COLORS[status]} tt="none" size="sm">
      {t(`statuses.${status}`)}
    </Badge>
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
      <StatusBadge status={activity.status} />
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
