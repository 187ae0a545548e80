// "As of a date": a labelled date field (native, keyboard operable) that sets the `asOf`
// a view is computed for; empty means today. Used by the directory, the network's history
// and the MoU in force on a day.
import { athensToday, isIsoDate } from "@cni/domain/dates";
import { Button, Group, TextInput } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

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
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        type="date"
        label={t("asOf.label")}
        description={t("asOf.description")}
        inputWrapperOrder={["label", "input", "description", "error"]}
        leftSection={<IconCalendarEvent size={16} aria-hidden="true" />}
        value={value ?? today}
        min={min}
        onChange={(event) => {
          const next = event.currentTarget.value;
          // A half-typed date is ignored until it is a real one.
          if (next === "") onChange(null);
          else if (isIsoDate(next)) onChange(next === today ? null : next);
        }}
        data-testid={testId}
      />
      {value && (
        <Button variant="default" onClick={() => onChange(null)} mb={22}>
          {t("asOf.today")}
        </Button>
      )}
    </Group>
  );
}
