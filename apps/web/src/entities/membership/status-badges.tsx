// Badges for a municipality's membership status and for an accession declaration's status,
// labelled from the common namespace (loaded with the shell) so every page can show them.
import type { AccessionStatus, MembershipStatus } from "@cni/domain/enums";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "@/components/status-badge";
import { ACCESSION_STATUS_TONE, MEMBERSHIP_STATUS_TONE } from "./status";

export function MembershipStatusBadge({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation("common");
  return (
    <StatusBadge tone={MEMBERSHIP_STATUS_TONE[status]} data={{ "data-status": status }}>
      {t(`membershipStatus.${status}`)}
    </StatusBadge>
  );
}

export function AccessionStatusBadge({
  status,
  size = "lg",
}: {
  status: AccessionStatus;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useTranslation("common");
  return (
    <StatusBadge
      tone={ACCESSION_STATUS_TONE[status]}
      size={size}
      data={{ "data-accession-status": status }}
    >
      {t(`accessionStatus.${status}`)}
    </StatusBadge>
  );
}
