import type { AmendmentStatus } from "@cni/domain/enums";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

const TONE: Record<AmendmentStatus, Tone> = {
  proposed: "info",
  circulated: "pending",
  adopted: "success",
  not_adopted: "danger",
  withdrawn: "neutral",
};

export function AmendmentStatusBadge({ status }: { status: AmendmentStatus }) {
  const { t } = useTranslation("amendments");
  return (
    <StatusBadge tone={TONE[status]} data={{ "data-amendment-status": status }}>
      {t(`status.${status}`)}
    </StatusBadge>
  );
}
