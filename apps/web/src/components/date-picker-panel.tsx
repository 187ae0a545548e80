// The calendar of the date field, in its own chunk: @mantine/dates and dayjs's locales load
// the first time someone opens a calendar, never with the first page (bundle budget).
// Mantine's month grid is keyboard operable: arrows move between days, Enter picks one.
import "@mantine/dates/styles.css";
import "dayjs/locale/el";
import "dayjs/locale/en-gb";
import { DatePicker, DatesProvider } from "@mantine/dates";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";

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
        // Mantine's grey days of the next month and red weekends fall below AA contrast
        hideOutsideDates
        weekendDays={[]}
        onChange={(next) => {
          if (next) onPick(String(next).slice(0, 10));
        }}
        // each day read out as the field spells it out: "30 Νοεμβρίου 2026" (dayjs would say
        // the nominative "30 Νοέμβριος 2026")
        getDayAriaLabel={(day) => formatDate(String(day).slice(0, 10), i18n.language, "long")}
        // the month/year heading keeps its visible text as its name (WCAG 2.5.3)
        ariaLabels={{
          nextMonth: t("dateField.nextMonth"),
          previousMonth: t("dateField.previousMonth"),
          nextYear: t("dateField.nextYear"),
          previousYear: t("dateField.previousYear"),
          nextDecade: t("dateField.nextDecade"),
          previousDecade: t("dateField.previousDecade"),
        }}
        data-testid="date-picker"
        ref={root}
      />
    </DatesProvider>
  );
}

export default DatePickerPanel;
