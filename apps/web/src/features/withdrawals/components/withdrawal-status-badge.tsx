import type { WithdrawalStatus } from "@cni/domain/enums";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

const TONE: Record<WithdrawalStatus, Tone> = {
  draft: "muted",
  pending: "warning",
  effective: "neutral",
  rescinded: "success",
};

export function WithdrawalStatusBadge({ status }: { status: WithdrawalStatus }) {
  const { t } = useTranslation("withdrawals");
  return (
    <StatusBadge tone={TONE[status]} data={{ "data-status": status }}>
      {t(`status.${status}`)}
    </StatusBadge>
  );
}
