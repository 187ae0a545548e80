// "αποχωρεί σε 9 ημέρες" / "leaves in 9 days": the badge shown beside a withdrawing member
// (directory, municipality page, withdrawals). Computed in the browser with the same rule
// as the API (@cni/domain/withdrawal), from the withdrawal's effective date.
import { athensToday } from "@cni/domain/dates";
import { daysUntilEffective } from "@cni/domain/withdrawal";
import { Badge } from "@mantine/core";
import { IconHourglassHigh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";

type Props = {
  effectiveOn: string;
  /** The day to count from (the directory's `asOf`); today in Athens by default. */
  on?: string;
};

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function WithdrawalCountdown({ effectiveOn, on }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const days = daysUntilEffective({ effectiveOn }, on ?? athensToday());
  if (days <= 0) return null;
  return (
    <Badge
      variant="outline"
      color="#8a2c00"
      radius="sm"
      tt="none"
      leftSection={<IconHourglassHigh size={14} aria-hidden="true" />}
      title={t("countdown.title", { date: formatDate(effectiveOn, i18n.language) })}
      data-testid="withdrawal-countdown"
      data-days={days}
    >
      {t("countdown.leavesIn", { count: days })}
    </Badge>
  );
}
