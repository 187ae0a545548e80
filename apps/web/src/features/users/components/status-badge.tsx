import type { UserStatus, Verification } from "@cni/contracts/users";
import { useTranslation } from "react-i18next";
import { StatusBadge, type Tone } from "@/components/status-badge";

/** The account's status, or where a self-registered officer's verification stands. */
type Shown = UserStatus | Exclude<Verification, "verified">;

const TONE: Record<Shown, Tone> = {
  active: "success",
  invited: "info",
  deactivated: "neutral",
  pending: "pending",
  refused: "danger",
};

export function UserStatusBadge({ status }: { status: Shown }) {
  const { t } = useTranslation("users");
  return (
    <StatusBadge tone={TONE[status]} data={{ "data-status": status }}>
      {t(`status.${status}`)}
    </StatusBadge>
  );
}
