import type { ReviewStatus } from "@cni/domain/enums";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Dark text on a light tint of the same hue: every pair is above 6:1 (Mantine's green-9 and
// orange-9 are too light for small bold text on their tints, hence the darker hex values).
const COLORS: Record<ReviewStatus, { color: string; background: string }> = {
  upcoming: { color: "var(--mantine-color-gray-9)", background: "var(--mantine-color-gray-1)" },
  open: { color: "var(--mantine-color-blue-9)", background: "var(--mantine-color-blue-0)" },
  overdue: { color: "#a51d1d", background: "var(--mantine-color-red-0)" },
  closed: { color: "#1d5e2c", background: "var(--mantine-color-green-0)" },
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation("reviews");
  const { color, background } = COLORS[status];
  return (
    <Badge
      tt="none"
      size="md"
      radius="sm"
      fw={700}
      styles={{ root: { color, background, border: `1px solid ${color}` } }}
      data-review-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
