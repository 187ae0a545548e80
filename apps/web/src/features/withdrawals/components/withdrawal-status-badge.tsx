import type { WithdrawalStatus } from "@cni/domain/enums";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Dark text on a light tint (each pair passes WCAG AA). */
const COLORS: Record<WithdrawalStatus, { color: string; background: string }> = {
  pending: { color: "#8a2c00", background: "#ffe8d9" },
  effective: { color: "#343a40", background: "#e9ecef" },
  rescinded: { color: "#1b5e20", background: "#e6f4e8" },
};

export function WithdrawalStatusBadge({ status }: { status: WithdrawalStatus }) {
  const { t } = useTranslation("withdrawals");
  const { color, background } = COLORS[status];
  return (
    <Badge
      tt="none"
      radius="sm"
      fw={700}
      styles={{ root: { color, background, border: `1px solid ${color}33` } }}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
