import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { activityKit, type Json, workshop } from "../../../test/fixtures/activities.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, createOk, list } = activityKit(() => ctx);

describe("feeds", () => {
  const tag = "Ροή";
  let allDay: Json & { id: string };
  let oneDay: Json & { id: string };
  beforeAll(async () => {
    allDay = await createOk(
      workshop({
        titleEl: `${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ`,
        summary: 'Γραμμή 1\nΓραμμή 2 με "εισαγωγικά", και κόμμα',
        startsOn: "2026-10-24",
        endsOn: "2026-10-26", // across the end of summer time in Athens
        location: "Λάρισα",
      }),
    );
    oneDay = await createOk(
      workshop({
        titleEl: `${tag} μονοήμερη`,
        startsOn: "2026-12-31",
        endsOn: null,
        status: "cancelled",
      }),
    );
    await createOk(workshop({ titleEl: `${tag} μόνο για μέλη`, visibility: "members" }));
  });

  it("serves an iCalendar feed that parses, with stable UIDs and all-day dates", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    // members-only is not in an anonymous feed
    expect(events.map((e) => e.uid).sort()).toEqual(
      [`activity-${allDay.id}@cni`, `activity-${oneDay.id}@cni`].sort(),
    );
    const first = events.find((e) => e.uid === `activity-${allDay.id}@cni`);
    expect(first?.summary).toBe(`${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ`);
    expect(first?.location).toBe("Λάρισα");
    expect(first?.description).toContain('Γραμμή 2 με "εισαγωγικά", και κόμμα');
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe("2026-10-24");
    expect(first?.endDate.isDate).toBe(true);
    expect(first?.endDate.toString()).toBe("2026-10-27"); // exclusive: the day after the last
    const second = events.find((e) => e.uid === `activity-${oneDay.id}@cni`);
    expect(second?.startDate.toString()).toBe("2026-12-31");
    expect(second?.endDate.toString()).toBe("2027-01-01");
    expect(second?.component.getFirstPropertyValue("status")).toBe("CANCELLED");

    // the same UIDs on every download, so calendar apps update instead of duplicating
    const again = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
    });
    const againUids = new ICAL.Component(ICAL.parse(again.body))
      .getAllSubcomponents("vevent")
      .map((v) => v.getFirstPropertyValue("uid"));
    expect(againUids.sort()).toEqual(events.map((e) => e.uid).sort());

    const member = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: tag, from: "2026-01-01" },
      headers: { cookie: (await as("larissa.representative")).cookie },
    });
    expect(new ICAL.Component(ICAL.parse(member.body)).getAllSubcomponents("vevent")).toHaveLength(
      3,
    );
    expect(member.headers["cache-control"]).toContain("private");
  });

  it("files an activity of a kind the MoU does not list under `other`, in the feeds too", async () => {
    const marker = "Ξεχωριστή";
    const other = await createOk(
      workshop({ titleEl: `${marker} συνάντηση εργασίας`, type: "other", endsOn: null }),
    );
    expect(other.type).toBe("other");
    const found = await list({ q: marker, type: "other" });
    expect(found.items.map((a) => a.id)).toEqual([other.id]);
    expect((await list({ q: marker, type: "event" })).total).toBe(0);
    const csv = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.csv",
      query: { q: marker },
    });
    expect(csv.body).toContain("Άλλες δράσεις");
  });

  it("serves an empty but valid calendar when nothing matches", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.ics",
      query: { q: "nothing matches this at all" },
    });
    expect(response.statusCode).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });

  it("exports CSV with a BOM, RFC 4180 quoting and the Greek intact", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/activities.csv",
      query: { q: tag, sort: "startsOn" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain("attachment");
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString("utf8").slice(1);
    const [header] = text.split("\r\n");
    expect(header?.split(",").slice(0, 3)).toEqual(["id", "titleEl", "titleEn"]);
    // the English names beside the Greek, the Greek columns kept where they were
    const columns = header?.split(",") ?? [];
    expect(columns.slice(-3)).toEqual(["hostEn", "participantsEn", "typeEn"]);
    expect(columns.indexOf("hostEl")).toBe(11);
    expect(columns.indexOf("participantsEl")).toBe(12);
    expect(text).toContain("Larissa");
    expect(text).toContain(`"${tag}: Εργαστήριο, «απασχόληση»; ΚΕΜ"`);
    expect(text).toContain('"Γραμμή 1\nΓραμμή 2 με ""εισαγωγικά"", και κόμμα"');
    expect(text).toContain("Λαρισαίων");
    // each record ends with the type in English (both records are events)
    expect(
      text
        .trimEnd()
        .split("\r\n")
        .slice(1)
        .every((line) => line.endsWith(",Events")),
    ).toBe(true);
    expect(text).not.toContain("μόνο για μέλη");
    // 1 header + 2 records (the first record spans two physical lines)
    expect(text.trimEnd().split("\r\n")).toHaveLength(3);
  });
});
