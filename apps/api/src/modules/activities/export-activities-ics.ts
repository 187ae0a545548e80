// GET /api/activities.ics: the filtered list as an iCalendar feed, written by `ics`.
import type { ActivityFilter } from "@cni/contracts/activities";
import { addCalendarDays, athensToday, parseIsoDate } from "@cni/domain/dates";
import type { ActivityType, Pillar } from "@cni/domain/enums";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import type { ActivityRow } from "./activity-row.ts";
import { readFeedRows } from "./feed-rows.ts";
import { PILLAR_TEXTS } from "./pillars.ts";
import { viewerOf } from "./query.ts";
import { TYPE_NAMES_EL } from "./type-names.ts";

/** Calendar apps get at most this many events; the feed says so in X-Truncated. */
export const ICS_MAX_EVENTS = 1000;
/** Without `from`/`to`, the feed starts this many days back (a subscription looks ahead). */
export const ICS_DEFAULT_DAYS_BACK = 365;

const CALENDAR = {
  productId: "-//CNI portal//Activities//EL",
  method: "PUBLISH",
  calName: "Δίκτυο Πόλεων για την Ένταξη — Δράσεις",
};

function dateArray(date: string): DateArray {
  const { year, month, day } = parseIsoDate(date);
  return [year, month, day];
}

function toEvent(row: ActivityRow, siteUrl: string | undefined): EventAttributes {
  const lastDay = row.endsOn ?? row.startsOn;
  const lines = [row.summary];
  if (row.titleEn) lines.push("", row.titleEn);
  if (row.host) lines.push("", `Διοργάνωση / Host: Δήμος ${row.host.nameEl}`);
  if (row.participants.length) {
    lines.push(
      `Συμμετέχουν / Taking part: ${row.participants.map((p) => p.municipality.nameEl).join(", ")}`,
    );
  }
  if (siteUrl) lines.push("", `${siteUrl}/activities/${row.id}`);
  return {
    // stable: calendar apps update the event rather than add a copy
    uid: `activity-${row.id}@cni`,
    title: row.titleEl,
    description: lines.join("\n"),
    // all-day events: DTSTART;VALUE=DATE and an exclusive DTEND the day after the last day
    start: dateArray(row.startsOn),
    end: dateArray(addCalendarDays(lastDay, 1)),
    location: row.location ?? undefined,
    url: row.link ?? undefined,
    status: row.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    categories: [
      TYPE_NAMES_EL[row.type as ActivityType] ?? row.type,
      ...row.pillars.map((p) => PILLAR_TEXTS[p.pillar as Pillar]?.nameEl ?? p.pillar),
    ],
    created: row.createdAt.getTime(),
    lastModified: row.updatedAt.getTime(),
    transp: "TRANSPARENT",
  };
}

/** The calendar (an empty one is still a valid feed) and whether events were left out. */
export async function exportActivitiesIcs(
  db: Db,
  {
    actor,
    filter,
    siteUrl,
  }: { actor: SessionUser | null; filter: ActivityFilter; siteUrl: string | undefined },
): Promise<{ body: string; truncated: boolean }> {
  const effective =
    filter.from || filter.to
      ? filter
      : { ...filter, from: addCalendarDays(athensToday(), -ICS_DEFAULT_DAYS_BACK) };
  const viewer = await viewerOf(db, actor);
  const { rows, total } = await readFeedRows(db, viewer, effective, ICS_MAX_EVENTS);
  const { error, value } = createEvents(
    rows.map((row) => toEvent(row, siteUrl)),
    CALENDAR,
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return { body: value, truncated: total > rows.length };
}
