import type { AccessionStatus } from "@cni/domain/enums";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Dark shades: the badge text must keep a 4.5:1 contrast (WCAG AA) on the light fill.
const COLORS: Record<AccessionStatus, string> = {
  draft: "gray.8",
  submitted: "blue.9",
  returned: "red.9",
  accepted: "teal.9",
  withdrawn: "gray.8",
};

export function AccessionStatusBadge({ status }: { status: AccessionStatus }) {
  const { t } = useTranslation("accessions");
  return (
    <Badge variant="outline" color={COLORS[status]} size="lg">
      {t(`status.${status}`)}
    </Badge>
  );
}
