import { DateInput, type DateInputProps } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, parseTypedDate } from "../utils/date-input";

type Props = Omit<DateInputProps, "value" | "onChange"> & {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  ref?: Ref<HTMLInputElement>;
};

/** A date typed as DD/MM/YYYY or picked from a calendar; the value is 'YYYY-MM-DD'. */
export function DateField({ value, onChange, ...props }: Props) {
  const { t } = useTranslation("activities");
  return (
    <DateInput
      valueFormat={DATE_INPUT_FORMAT}
      dateParser={parseTypedDate}
      placeholder={t("form.datePlaceholder")}
      leftSection={<IconCalendar size={16} aria-hidden="true" />}
      value={value || null}
      onChange={(next) => onChange(next ? String(next).slice(0, 10) : null)}
      clearButtonProps={{ "aria-label": t("form.clearDate") }}
      popoverProps={{ withinPortal: true }}
      ariaLabels={{
        nextMonth: t("calendar.nextMonth"),
        previousMonth: t("calendar.previousMonth"),
        nextYear: t("calendar.nextYear"),
        previousYear: t("calendar.previousYear"),
        nextDecade: t("calendar.nextDecade"),
        previousDecade: t("calendar.previousDecade"),
        monthLevelControl: t("calendar.chooseMonth"),
        yearLevelControl: t("calendar.chooseYear"),
      }}
      {...props}
    />
  );
}
