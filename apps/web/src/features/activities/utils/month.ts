// Month arithmetic on 'YYYY-MM' and 'YYYY-MM-DD' strings (calendar dates, no time zone).
import { addCalendarDays, formatIsoDate, parseIsoDate } from "@cni/domain/dates";

const MONTH = /^(\d{4})-(\d{2})$/;

export function isMonth(value: string | null): value is string {
  const m = value ? MONTH.exec(value) : null;
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const { year, month: m } = parseIsoDate(firstDayOf(month));
  const next = m === 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, m + 1, 1);
  return addCalendarDays(next, -1);
}

export function addMonths(month: string, delta: number): string {
  const { year, month: m } = parseIsoDate(firstDayOf(month));
  const index = year * 12 + (m - 1) + delta;
  return formatIsoDate(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 7);
}

/** Every day an activity covers inside [from, to] (its start to its end, or one day). */
export function daysCovered(
  activity: { startsOn: string; endsOn: string | null },
  from: string,
  to: string,
): string[] {
  const start = activity.startsOn < from ? from : activity.startsOn;
  const lastDay = activity.endsOn ?? activity.startsOn;
  const end = lastDay > to ? to : lastDay;
  const days: string[] = [];
  for (let day = start; day <= end && days.length < 62; day = addCalendarDays(day, 1)) {
    days.push(day);
  }
  return days;
}
