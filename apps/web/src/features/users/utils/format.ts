import { intlLocale } from "@/lib/i18n-locale";

/** An instant shown in Greek time: "25/11/2026, 12:00". */
export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Athens",
  }).format(new Date(instant));
}
