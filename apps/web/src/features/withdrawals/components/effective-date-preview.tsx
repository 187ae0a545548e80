// The effective date, computed in the browser with the same rule as the API
// (withdrawalEffectiveOn from @cni/domain), and why: 15 calendar days after notification.
import { isIsoDate } from "@cni/domain/dates";
import { daysUntilEffective, withdrawalEffectiveOn } from "@cni/domain/withdrawal";
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";

type Props = { notifiedOn: string; today: string };

export function effectiveOnFor(notifiedOn: string): string | null {
  return isIsoDate(notifiedOn) ? withdrawalEffectiveOn(notifiedOn) : null;
}

export function EffectiveDatePreview({ notifiedOn, today }: Props) {
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  const effectiveOn = effectiveOnFor(notifiedOn);
  if (!effectiveOn) return null;
  const days = daysUntilEffective({ effectiveOn }, today);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="effective-date-title"
      aria-live="polite"
      data-testid="effective-date-preview"
    >
      <Stack gap={4}>
        <Title order={2} size="h4" id="effective-date-title">
          {t("form.effectiveTitle")}
        </Title>
        <Text size="xl" fw={700}>
          <time dateTime={effectiveOn} data-testid="effective-on">
            {formatDate(effectiveOn, language, "long")}
          </time>
        </Text>
        <Text size="sm">
          {t("form.effectiveWhy", {
            rule: t("rule.short"),
            notifiedOn: formatDate(notifiedOn, language),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {days > 0
            ? t("form.effectiveCountdown", {
                count: days,
                date: formatDate(effectiveOn, language),
              })
            : t("form.effectiveAlready")}
        </Text>
      </Stack>
    </Paper>
  );
}
