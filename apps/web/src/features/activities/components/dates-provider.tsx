// Mantine's date components with Greek (or English) month names and weeks from Monday.
// Imported only by the calendar page (a lazy route), so @mantine/dates and dayjs's Greek locale
// stay out of the initial bundle.
import "@mantine/dates/styles.css";
import "dayjs/locale/el";
import "dayjs/locale/en-gb";
import { DatesProvider } from "@mantine/dates";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function ActivityDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider
      settings={{ locale: i18n.language === "en" ? "en-gb" : "el", firstDayOfWeek: 1 }}
    >
      {children}
    </DatesProvider>
  );
}
