// The one date and time formatter of the SPA: calendar dates and instants, in the user's
// language and always in Greek time.
// Calendar dates travel as 'YYYY-MM-DD' and mean a day in Greece: they are formatted as
// that day, in UTC, so no local time zone can move them to the day before or after.
import { ATHENS_TZ, athensDateOf } from "@cni/domain/dates";
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

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant (UTC timestamp) in Greek time, as people in Greece write it:
 * '2026-11-30T14:15:00Z' → '30/11/2026, 16:15' (el and en), with seconds when asked.
 */
export function formatDateTime(
  instant: string,
  language: string,
  options: { seconds?: boolean } = {},
): string {
  const key = `${language}:${options.seconds ? "s" : "m"}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: options.seconds ? "2-digit" : undefined,
      hourCycle: "h23",
      timeZone: ATHENS_TZ,
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(instant));
}

/** The Athens calendar day of an instant, formatted like `formatDate` ('30/11/2026'). */
export function formatInstantDate(
  instant: string,
  language: string,
  style: "short" | "long" = "short",
): string {
  return formatDate(athensDateOf(new Date(instant)), language, style);
}

/**
 * When something happened, as short as is still clear: '16:15' today (Athens), else
 * '29/11/2026, 16:15'. `now` is for tests.
 */
export function formatSince(instant: string, language: string, now: Date = new Date()): string {
  const full = formatDateTime(instant, language);
  if (athensDateOf(new Date(instant)) !== athensDateOf(now)) return full;
  return full.slice(full.indexOf(",") + 1).trim();
}
