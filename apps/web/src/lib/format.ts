// Formatting of calendar dates and text helpers that follow the user's language.
// Calendar dates travel as 'YYYY-MM-DD' and mean a day in Greece: they are formatted as
// that day, in UTC, so no local time zone can move them to the day before or after.
import { intlLocale } from "./i18n-locale";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocale(language),
      style === "short"
        ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
        : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
    );
    dateFormats.set(key, format);
  }
  return format;
}

/** '2024-06-17' → '17/06/2024' (el and en), or '17 Ιουνίου 2024' / '17 June 2024' (long). */
export function formatDate(
  date: string,
  language: string,
  style: "short" | "long" = "short",
): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateFormat(language, style).format(utc);
}
