// Through HTTP, with SMTP configured (the outbox is on for this file's app): the settings,
// the reminders-sent list and the e-mails a reminder queues.
import { describe, expect, it } from "vitest";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createUser, useTestApp } from "../../../test/helpers.ts";
import { sendDueReminders } from "./send-due-reminders.ts";

const ctx = useTestApp({
  SMTP_URL: "smtp://127.0.0.1:9",
  CNI_PUBLIC_URL: "https://cni.example.gr",
});

describe("GET/PUT /api/reminders/settings", () => {
  it("is the coordinators' alone", async () => {
    const officer = await signInAs(ctx, "larissa.officer");
    const get = await ctx.app.inject({ url: "/api/reminders/settings", headers: officer.headers });
    expect(get.statusCode).toBe(403);
    const put = await ctx.app.inject({
      method: "PUT",
      url: "/api/reminders/settings",
      headers: officer.headers,
      payload: { kind: "review_opening", enabled: false },
    });
    expect(put.statusCode).toBe(403);
  });

  it("lists every kind on by default, switches one off and on again, audited", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const get = () =>
      ctx.app.inject({ url: "/api/reminders/settings", headers: coordinator.headers });
    const initial = await get();
    expect(initial.statusCode).toBe(200);
    expect(initial.json().settings).toEqual([
      { kind: "unacknowledged_notice", enabled: true, updatedAt: null },
      { kind: "review_opening", enabled: true, updatedAt: null },
      { kind: "review_last_weeks", enabled: true, updatedAt: null },
      { kind: "declaration_waiting", enabled: true, updatedAt: null },
    ]);
    const put = (enabled: boolean) =>
      ctx.app.inject({
        method: "PUT",
        url: "/api/reminders/settings",
        headers: coordinator.headers,
        payload: { kind: "review_last_weeks", enabled },
      });
    expect((await put(false)).statusCode).toBe(200);
    const off = (await get())
      .json()
      .settings.find((s: { kind: string }) => s.kind === "review_last_weeks");
    expect(off.enabled).toBe(false);
    expect(off.updatedAt).not.toBeNull();
    expect((await put(false)).statusCode).toBe(200); // already off: nothing recorded
    expect((await put(true)).json().settings[2].enabled).toBe(true);
    const audit = await ctx.db.auditEntry.findMany({
      where: { action: "reminder.setting", entityId: "review_last_weeks" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.after)).toEqual(['{"enabled":false}', '{"enabled":true}']);
  });

  it("refuses an unknown kind with a 400 problem", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const response = await ctx.app.inject({
      method: "PUT",
      url: "/api/reminders/settings",
      headers: coordinator.headers,
      payload: { kind: "everything", enabled: false },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });
});

describe("e-mail when SMTP is configured, and the list of reminders sent", () => {
  it("queues the reminder for the recipient's officers and lists it for coordinators", async () => {
    const officer = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    await ctx.db.notice.create({
      data: {
        kind: "withdrawal",
        event: "filed",
        subjectMunicipalityId: "trikala",
        recipientMunicipalityId: "larissa",
        sentAt: new Date("2026-11-02T10:00:00Z"),
      },
    });
    const result = await sendDueReminders(ctx.db, { today: "2026-11-09", openDaysBefore: 60 });
    expect(result.byKind).toEqual({ unacknowledged_notice: 1 });
    const emails = await ctx.db.outboxEmail.findMany({ where: { to: officer.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toContain("υπενθύμιση");
    expect(emails[0]?.text).toContain("Τρικκαίων");
    expect(emails[0]?.text).toContain("https://cni.example.gr/notices");

    const coordinator = await signInAs(ctx, "coordinator");
    const sent = await ctx.app.inject({ url: "/api/reminders/sent", headers: coordinator.headers });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().items).toEqual([
      expect.objectContaining({
        kind: "unacknowledged_notice",
        recipientMunicipalityId: "larissa",
        subjectMunicipalityId: "trikala",
        remindedOn: "2026-11-09",
      }),
    ]);
    const officerAgent = await signInAs(ctx, "larissa.officer");
    expect(
      (await ctx.app.inject({ url: "/api/reminders/sent", headers: officerAgent.headers }))
        .statusCode,
    ).toBe(403);
  });
});
