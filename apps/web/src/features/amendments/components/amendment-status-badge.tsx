import type { AmendmentStatus } from "@cni/domain/enums";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Dark text on a light tint of the same hue, every pair above 6:1 (Mantine's green-9 and
// orange-9 are too light for small bold text on their tints).
const COLORS: Record<AmendmentStatus, { color: string; background: string }> = {
  proposed: { color: "var(--mantine-color-blue-9)", background: "var(--mantine-color-blue-0)" },
  under_discussion: { color: "#7a2e00", background: "var(--mantine-color-orange-0)" },
  adopted: { color: "#1d5e2c", background: "var(--mantine-color-green-0)" },
  rejected: { color: "#a51d1d", background: "var(--mantine-color-red-0)" },
  withdrawn: { color: "var(--mantine-color-gray-9)", background: "var(--mantine-color-gray-1)" },
};

export function AmendmentStatusBadge({ status }: { status: AmendmentStatus }) {
  const { t } = useTranslation("amendments");
  const { color, background } = COLORS[status];
  return (
    <Badge
      tt="none"
      size="md"
      radius="sm"
      fw={700}
      styles={{ root: { color, background, border: `1px solid ${color}` } }}
      data-amendment-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
