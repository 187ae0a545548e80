// Legal dates in the MoU are calendar dates in Greece. We keep them as 'YYYY-MM-DD'
// strings (no time, no zone) so that nothing can shift them by an hour across a DST change;
// only the conversion from an instant to a date needs the Athens time zone.
import { TZDate } from "@date-fns/tz";

export type IsoDate = string;

export const ATHENS_TZ = "Europe/Athens";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian), or NaN if not a real date. */
function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return Number.NaN;
  }
  return Math.round(d.getTime() / MS_PER_DAY);
}

function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Formats year/month/day (month 1–12) as 'YYYY-MM-DD'. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Strict 'YYYY-MM-DD' that is also a real calendar date (2026-02-29 and 2026-04-31 are not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && !Number.isNaN(dayNumber(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** Splits a date into numbers (month 1–12); throws RangeError if it is not a valid IsoDate. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  const parts = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!parts || Number.isNaN(dayNumber(parts.year, parts.month, parts.day))) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return parts;
}

function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return dayNumber(year, month, day);
}

// The last answer, by the whole second it was asked for: a page asks for "today" once per
// row and per render, and each TZDate reads the zone's offset through Intl several times.
// Exact: Athens' offsets are whole hours, so a date never changes within a second.
let lastSecond = Number.NaN;
let lastDate: IsoDate = "";

/** The calendar date in Athens at the given instant. */
export function athensDateOf(instant: Date): IsoDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid instant");
  const second = Math.floor(time / 1000);
  if (second === lastSecond) return lastDate;
  // TZDate's getters read the wall clock in Athens, DST rules included.
  const local = new TZDate(time, ATHENS_TZ);
  lastDate = formatIsoDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
  lastSecond = second;
  return lastDate;
}

/** Today's date in Athens (pass `now` to make it deterministic). */
export function athensToday(now: Date = new Date()): IsoDate {
  return athensDateOf(now);
}

/** Pure calendar arithmetic: no clock, no time zone, so DST cannot move the result. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative, zero or positive like a sort comparator. Valid IsoDates order as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to` (to − from); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The instant an Athens calendar day begins (Athens is UTC+2, or UTC+3 in summer time;
 * the clocks change at 03:00/04:00, after midnight, so midnight itself always exists).
 */
export function athensDayStart(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const summer = new Date(utcMidnight - 3 * HOUR_MS);
  return athensDateOf(summer) === date ? summer : new Date(utcMidnight - 2 * HOUR_MS);
}
