// The status cell of the directory, the same on a desk (the table) and on a phone (the
// cards): the badge, a withdrawal's countdown and dates, or why the status is unknown.
import type { Municipality } from "@cni/contracts/municipalities";
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { WithdrawalCountdown, WithdrawalDatesText } from "@/components/withdrawal-countdown";
import { MembershipStatusBadge } from "@/entities/membership/status-badges";

/** The status badge, with a withdrawal's countdown and dates, or why the status is unknown. */
export function MunicipalityStatus({
  municipality: m,
  asOf,
}: {
  municipality: Municipality;
  asOf?: string;
}) {
  const { t } = useTranslation("directory");
  return (
    <>
      <Group gap={6} wrap="wrap">
        <MembershipStatusBadge status={m.status} />
        {m.status === "withdrawing" && m.withdrawalLastDayAsParty && m.withdrawalEffectiveOn && (
          <WithdrawalCountdown
            lastDayAsParty={m.withdrawalLastDayAsParty}
            effectiveOn={m.withdrawalEffectiveOn}
            on={asOf}
          />
        )}
      </Group>
      {(m.status === "withdrawing" || m.status === "former") &&
        m.withdrawalLastDayAsParty &&
        m.withdrawalEffectiveOn && (
          <WithdrawalDatesText
            size="xs"
            display="block"
            mt={4}
            lastDayAsParty={m.withdrawalLastDayAsParty}
            effectiveOn={m.withdrawalEffectiveOn}
          />
        )}
      {m.status === "unknown" && (
        <Text size="xs" mt={4} data-testid="unknown-note">
          {t("table.unknownNote")}
        </Text>
      )}
    </>
  );
}
