// "As of a date": the date field that sets the `asOf` a view is computed for; empty means
// today. Used by the directory, the network's history and the MoU in force on a day.
import { athensToday } from "@cni/domain/dates";
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "./date-field";

type Props = {
  /** 'YYYY-MM-DD', or null for today. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** The namespace holding `asOf.label`, `asOf.description` and `asOf.today`. */
  namespace?: string;
  /** The earliest day that means anything for the view. */
  min?: string;
  testId?: string;
};

/** Needs the translation namespace (default `withdrawals`; load it with the page's route). */
export function AsOfDateInput({
  value,
  onChange,
  namespace = "withdrawals",
  min = "2018-01-04",
  testId = "as-of-date",
}: Props) {
  const { t } = useTranslation(namespace);
  const today = athensToday();
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <DateField
        label={t("asOf.label")}
        description={t("asOf.description")}
        value={value ?? today}
        min={min}
        onChange={(next, typed) => {
          // A half-typed or impossible date is ignored (the field says why); empty is today.
          if (next) onChange(next === today ? null : next);
          else if (typed.trim() === "") onChange(null);
        }}
        data-testid={testId}
      />
      {value && (
        <Button variant="default" onClick={() => onChange(null)} mt={25}>
          {t("asOf.today")}
        </Button>
      )}
    </Group>
  );
}
