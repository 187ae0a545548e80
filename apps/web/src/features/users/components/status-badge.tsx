import type { UserStatus } from "@cni/contracts/users";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

const TONE: Record<UserStatus, Tone> = {
  active: "success",
  invited: "info",
  deactivated: "neutral",
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation("users");
  return (
    <StatusBadge tone={TONE[status]} data={{ "data-status": status }}>
      {t(`status.${status}`)}
    </StatusBadge>
  );
}
