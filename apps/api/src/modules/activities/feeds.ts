// The filtered list as an iCalendar feed (GET /api/activities.ics, generated with the
// `ics` package) and as CSV (GET /api/activities.csv). Both read the database in pages.
import type { ActivityFilter } from "@cni/contracts/activities";
import { addCalendarDays, athensToday, parseIsoDate } from "@cni/domain/dates";
import type { ActivityType, Pillar } from "@cni/domain/enums";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { Db } from "../../db/client.ts";
import { PILLAR_TEXTS } from "./pillars.ts";
import { activityWhere, type Viewer } from "./query.ts";
import { ACTIVITY_INCLUDE, type ActivityRow } from "./service.ts";

/** Calendar apps get at most this many events; the feed says so in X-Truncated. */
export const ICS_MAX_EVENTS = 1000;
/** Without `from`/`to`, the feed starts this many days back (a subscription looks ahead). */
export const ICS_DEFAULT_DAYS_BACK = 365;
export const CSV_MAX_ROWS = 50_000;
const BATCH = 500;

export const TYPE_NAMES_EL: Record<ActivityType, string> = {
  good_practice_exchange: "Ανταλλαγή καλών πρακτικών και τεχνογνωσίας",
  operational_capacity: "Υποστήριξη επιχειρησιακής ικανότητας τοπικών υπηρεσιών",
  study_visit: "Επισκέψεις μελέτης",
  funding: "Εντοπισμός χρηματοδοτικών μέσων και κοινές προτάσεις χρηματοδότησης",
  policy_proposal: "Προτάσεις πολιτικής",
  field_research_pilot: "Έρευνες πεδίου και πιλοτικά προγράμματα",
  event: "Εκδηλώσεις (σεμινάρια, ημερίδες, εργαστήρια)",
  public_information: "Ενημέρωση κοινού",
  other: "Άλλες δράσεις",
};

/** Reads every matching activity (up to `max`) in pages of BATCH, oldest first. */
async function readAll(db: Db, viewer: Viewer, filter: ActivityFilter, max: number) {
  const where = activityWhere(viewer, filter);
  const total = await db.activity.count({ where });
  const rows: ActivityRow[] = [];
  while (rows.length < Math.min(total, max)) {
    const page = await db.activity.findMany({
      where,
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      skip: rows.length,
      take: Math.min(BATCH, max - rows.length),
      include: ACTIVITY_INCLUDE,
    });
    if (page.length === 0) break;
    rows.push(...page);
  }
  return { rows, total };
}

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

export async function activitiesIcs(
  db: Db,
  viewer: Viewer,
  filter: ActivityFilter,
  siteUrl: string | undefined,
): Promise<{ body: string; truncated: boolean }> {
  const effective =
    filter.from || filter.to
      ? filter
      : { ...filter, from: addCalendarDays(athensToday(), -ICS_DEFAULT_DAYS_BACK) };
  const { rows, total } = await readAll(db, viewer, effective, ICS_MAX_EVENTS);
  const header = {
    productId: "-//CNI portal//Activities//EL",
    method: "PUBLISH",
    calName: "Δίκτυο Πόλεων για την Ένταξη — Δράσεις",
  };
  if (rows.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid feed
    return {
      body: [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        `PRODID:${header.productId}`,
        `METHOD:${header.method}`,
        `X-WR-CALNAME:${header.calName}`,
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
      truncated: false,
    };
  }
  const { error, value } = createEvents(
    rows.map((row) => toEvent(row, siteUrl)),
    header,
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return { body: value, truncated: total > rows.length };
}

/**
 * RFC 4180: quote a field that holds a comma, a quote or a line break; double the quotes.
 * Text that a spreadsheet would run as a formula (=, +, @, tab) gets a leading apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? "" : String(value);
  const text = /^[=+@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const CSV_COLUMNS = [
  "id",
  "titleEl",
  "titleEn",
  "type",
  "typeEl",
  "pillars",
  "startsOn",
  "endsOn",
  "status",
  "visibility",
  "hostMunicipalityId",
  "hostEl",
  "participantsEl",
  "location",
  "link",
  "fundingProgramme",
  "fundingDeadline",
  "summary",
] as const;

export async function activitiesCsv(
  db: Db,
  viewer: Viewer,
  filter: ActivityFilter,
): Promise<{ body: string; truncated: boolean }> {
  const { rows, total } = await readAll(db, viewer, filter, CSV_MAX_ROWS);
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) {
    const record: Record<(typeof CSV_COLUMNS)[number], string | null> = {
      id: row.id,
      titleEl: row.titleEl,
      titleEn: row.titleEn,
      type: row.type,
      typeEl: TYPE_NAMES_EL[row.type as ActivityType] ?? row.type,
      pillars: row.pillars
        .map((p) => p.pillar)
        .sort()
        .join(";"),
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      visibility: row.visibility,
      hostMunicipalityId: row.hostMunicipalityId,
      hostEl: row.host?.nameEl ?? null,
      participantsEl: row.participants.map((p) => p.municipality.nameEl).join("; "),
      location: row.location,
      link: row.link,
      fundingProgramme: row.fundingProgramme,
      fundingDeadline: row.fundingDeadline,
      summary: row.summary,
    };
    lines.push(CSV_COLUMNS.map((column) => csvField(record[column])).join(","));
  }
  // UTF-8 with a byte-order mark so spreadsheet programs read the Greek correctly
  return { body: `\uFEFF${lines.join("\r\n")}\r\n`, truncated: total > rows.length };
}
