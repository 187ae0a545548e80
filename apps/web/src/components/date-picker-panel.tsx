// The calendar of the date field, in its own chunk: @mantine/dates and dayjs's locales load
// the first time someone opens a calendar, never with the first page (bundle budget).
// Mantine's month grid is keyboard operable: arrows move between days, Enter picks one.
import "@mantine/dates/styles.css";
import "dayjs/locale/el";
import "dayjs/locale/en-gb";
import { DatePicker, DatesProvider } from "@mantine/dates";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  /** 'YYYY-MM-DD' or null. */
  value: string | null;
  /** The month shown first when there is no value. */
  initialMonth: string;
  min?: string;
  max?: string;
  onPick: (value: string) => void;
};

export function DatePickerPanel({ value, initialMonth, min, max, onPick }: Props) {
  const { t, i18n } = useTranslation("common");
  const root = useRef<HTMLDivElement>(null);
  // Keyboard users land on the chosen day (or today), where the arrow keys start.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      root.current?.querySelector<HTMLButtonElement>("table button[tabindex='0']")?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <DatesProvider
      settings={{ locale: i18n.language === "en" ? "en-gb" : "el", firstDayOfWeek: 1 }}
    >
      <DatePicker
        value={value}
        defaultDate={value ?? initialMonth}
        minDate={min}
        maxDate={max}
        onChange={(next) => {
          if (next) onPick(String(next).slice(0, 10));
        }}
        ariaLabels={{
          nextMonth: t("dateField.nextMonth"),
          previousMonth: t("dateField.previousMonth"),
          nextYear: t("dateField.nextYear"),
          previousYear: t("dateField.previousYear"),
          nextDecade: t("dateField.nextDecade"),
          previousDecade: t("dateField.previousDecade"),
          monthLevelControl: t("dateField.chooseMonth"),
          yearLevelControl: t("dateField.chooseYear"),
        }}
        data-testid="date-picker"
        ref={root}
      />
    </DatesProvider>
  );
}

export default DatePickerPanel;
