import type { UserStatus } from "@cni/contracts/users";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Dark text on a light tint: each pair well above 4.5:1, also on striped table rows. */
const COLORS: Record<UserStatus, { color: string; background: string }> = {
  active: { color: "#1b5e20", background: "#e6f4e8" },
  invited: { color: "#0b4a8b", background: "#e3f0fc" },
  deactivated: { color: "#343a40", background: "#e9ecef" },
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation("users");
  const { color, background } = COLORS[status];
  return (
    <Badge
      tt="none"
      radius="sm"
      fw={700}
      styles={{
        root: { color, background, border: `1px solid ${color}33`, flexShrink: 0 },
        label: { overflow: "visible" },
      }}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
