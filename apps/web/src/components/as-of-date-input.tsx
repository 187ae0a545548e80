// "The network as of a date": a labelled date field (native, keyboard operable) that sets
// the `asOf` a view is computed for; empty means today. Used by the member directory.
import { athensToday, isIsoDate } from "@cni/domain/dates";
import { Button, Group, TextInput } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type Props = {
  /** 'YYYY-MM-DD', or null for today. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** Needs the `withdrawals` translation namespace (load it with the page's route). */
export function AsOfDateInput({ value, onChange }: Props) {
  const { t } = useTranslation("withdrawals");
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
        min="2018-01-04"
        onChange={(event) => {
          const next = event.currentTarget.value;
          // A half-typed date is ignored until it is a real one.
          if (next === "") onChange(null);
          else if (isIsoDate(next)) onChange(next === today ? null : next);
        }}
        data-testid="as-of-date"
      />
      {value && (
        <Button variant="default" onClick={() => onChange(null)} mb={22}>
          {t("asOf.today")}
        </Button>
      )}
    </Group>
  );
}
