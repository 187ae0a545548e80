import type { MembershipStatus } from "@cni/domain/enums";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { STATUS_BADGE } from "../utils/status-colors";

export function StatusBadge({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation("directory");
  const { color, background } = STATUS_BADGE[status];
  return (
    <Badge
      tt="none"
      size="md"
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
