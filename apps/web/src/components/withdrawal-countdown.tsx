// A withdrawing member's dates, said one way everywhere: «μέλος έως και τις 04/11/2026 · η
// αποχώρηση ισχύει από 05/11/2026» / "member through 04/11/2026, former from 05/11/2026".
// The sentence comes from @cni/domain/withdrawal, the same function the API uses for its
// e-mails, audit entries and CSV, so no screen can say it differently.
import { athensToday, daysBetween } from "@cni/domain/dates";
import { withdrawalDatesText } from "@cni/domain/withdrawal";
import { Badge, Text, type TextProps } from "@mantine/core";
import { IconHourglassHigh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type Dates = { lastDayAsParty: string; effectiveOn: string };

const lang = (language: string) => (language.startsWith("en") ? "en" : "el");

/** The sentence with both dates, as text (for lists, tables, notices). */
export function WithdrawalDatesText({ lastDayAsParty, effectiveOn, ...props }: Dates & TextProps) {
  const { i18n } = useTranslation();
  return (
    <Text span data-testid="withdrawal-dates" {...props}>
      {withdrawalDatesText(lang(i18n.language), { lastDayAsParty, effectiveOn })}
    </Text>
  );
}

/**
 * "απομένουν 9 ημέρες ως μέλος" / "9 days left as a member": beside a withdrawing member.
 * Counts the days through the last day as a party (today included); nothing once former.
 * Needs the `withdrawals` translation namespace (load it with the page's route).
 */
export function WithdrawalCountdown({
  lastDayAsParty,
  effectiveOn,
  on,
}: Dates & {
  /** The day to count from (the directory's `asOf`); today by default. */ on?: string;
}) {
  const { t, i18n } = useTranslation("withdrawals");
  const days = daysBetween(on ?? athensToday(), lastDayAsParty) + 1;
  if (days <= 0) return null;
  return (
    <Badge
      variant="outline"
      color="#8a2c00"
      radius="sm"
      tt="none"
      leftSection={<IconHourglassHigh size={14} aria-hidden="true" />}
      title={withdrawalDatesText(lang(i18n.language), { lastDayAsParty, effectiveOn })}
      data-testid="withdrawal-countdown"
      data-days={days}
    >
      {t("countdown.daysLeft", { count: days })}
    </Badge>
  );
}
