import type { ReviewStatus } from "@cni/domain/enums";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

const TONE: Record<ReviewStatus, Tone> = {
  upcoming: "neutral",
  open: "info",
  overdue: "danger",
  closed: "success",
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation("reviews");
  return (
    <StatusBadge tone={TONE[status]} data={{ "data-review-status": status }}>
      {t(`status.${status}`)}
    </StatusBadge>
  );
}
