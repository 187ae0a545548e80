// E-mail through a real SMTP server running in this test process (smtp-server), not a mock
// transport: the first attempts are refused, the worker retries with backoff, and every
// e-mail is eventually delivered.
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failingBeforeCommit, INJECTED_FAILURE } from "../../../test/failing-transaction.ts";
import {
  type Agent,
  createTestApp,
  createUser,
  signInAs,
  type TestContext,
} from "../../../test/helpers.ts";
import { notifyAccession } from "../accessions/notify-accession.ts";
import { enqueueEmail } from "./outbox.ts";
import { backoffMs, OutboxWorker } from "./worker.ts";

type Received = { from: string; to: string[]; data: string };

let ctx: TestContext;
let server: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];
/** How many more messages the server refuses (451, a temporary failure). */
let refuseNext = 0;
let coordinator: Agent;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          const error = Object.assign(new Error("Try again later (test)"), { responseCode: 451 });
          return callback(error);
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  smtpUrl = `smtp://127.0.0.1:${port}`;
  ctx = await createTestApp({
    SMTP_URL: smtpUrl,
    SMTP_FROM: "CNI <no-reply@cni.test>",
  });
  coordinator = (await signInAs(ctx, "coordinator")).agent;
});
afterAll(async () => {
  await ctx.app.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function worker(options: { baseBackoffMs?: number; pollMs?: number } = {}) {
  return new OutboxWorker(ctx.db, nodemailer.createTransport(smtpUrl), {
    from: "CNI <no-reply@cni.test>",
    baseBackoffMs: 40,
    pollMs: 20,
    ...options,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("backoff", () => {
  it("doubles from the base and is capped", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(backoffMs(30, 30_000, 3_600_000)).toBe(3_600_000);
  });
});

describe("notice e-mails through the outbox", () => {
  it("queues one e-mail per officer/representative of each recipient, in the notification's transaction", async () => {
    await createUser(ctx.db, {
      role: "officer",
      municipalityId: "larissa",
      email: "officer@larissa.test",
    });
    await createUser(ctx.db, {
      role: "representative",
      municipalityId: "trikala",
      email: "rep@trikala.test",
    });
    await createUser(ctx.db, {
      role: "officer",
      municipalityId: "serres",
      email: "officer@serres.test",
    });
    const inactive = await createUser(ctx.db, {
      role: "officer",
      municipalityId: "chania",
      email: "gone@chania.test",
    });
    await ctx.db.user.update({ where: { id: inactive.id }, data: { active: false } });

    const serres = await ctx.db.accession.findFirstOrThrow({ where: { municipalityId: "serres" } });
    const coordinatorUser = await ctx.db.user.findFirstOrThrow({ where: { role: "coordinator" } });
    const actor = {
      ...coordinatorUser,
      role: "coordinator" as const,
      verification: "verified" as const,
    };

    // a failed notification queues nothing
    let queuedInside = 0;
    await expect(
      notifyAccession(
        failingBeforeCommit(ctx.db, async (tx) => {
          queuedInside = await tx.outboxEmail.count();
        }),
        { actor, id: serres.id },
      ),
    ).rejects.toThrow(INJECTED_FAILURE);
    expect(queuedInside).toBeGreaterThan(0);
    expect(await ctx.db.outboxEmail.count()).toBe(0);

    const response = await ctx.app.inject({
      method: "POST",
      url: `/api/accessions/${serres.id}/notify`,
      headers: coordinator.headers,
      payload: { notifiedOn: "2024-07-01" },
    });
    expect(response.statusCode).toBe(200);
    const rows = await ctx.db.outboxEmail.findMany({ orderBy: { to: "asc" } });
    // coordinators and inactive accounts get nothing; the subject's own officer gets its own
    // e-mail ("a party from …", decision 090), not the parties' notice
    expect(rows.map((r) => r.to)).toEqual([
      "officer@larissa.test",
      "officer@serres.test",
      "rep@trikala.test",
    ]);
    expect(rows[1]?.text).toContain("μέρος του Μνημονίου Συνεργασίας από εκείνη την ημέρα");
    expect(rows[1]?.text).not.toContain("Κοινοποιείται στα μέρη");
    expect(rows[0]).toMatchObject({ attempts: 0, sentAt: null, lastError: null });
    expect(rows[0]?.subject).toContain("Σερρών");
    expect(rows[0]?.text).toContain("Κοινοποιείται στα μέρη η δήλωση προσχώρησης του Δήμου Σερρών");
    expect(rows[0]?.text).toContain("The accession declaration of the Municipality of Serres");
  });

  it("retries a refused send with backoff and eventually delivers every e-mail", async () => {
    refuseNext = 4; // the three first attempts and one second attempt fail
    // a backoff long enough that a slow machine cannot reach it before the "not due yet" check
    const w = worker({ baseBackoffMs: 1500 });
    const first = await w.runOnce();
    expect(first).toEqual({ sent: 0, failed: 3 });
    let rows = await ctx.db.outboxEmail.findMany();
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.sentAt).toBeNull();
      expect(row.lastError).toContain("451");
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    // not due yet: nothing is attempted before the backoff
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });

    // the polling worker takes it from here
    w.start();
    const deadline = Date.now() + 10_000;
    while (
      (await ctx.db.outboxEmail.count({ where: { sentAt: null } })) > 0 &&
      Date.now() < deadline
    ) {
      await sleep(25);
    }
    await w.stop();

    rows = await ctx.db.outboxEmail.findMany({ orderBy: { to: "asc" } });
    expect(rows.every((r) => r.sentAt !== null)).toBe(true);
    expect(rows.map((r) => r.attempts).sort()).toEqual([2, 2, 3]);
    expect(rows.every((r) => r.lastError === null)).toBe(true);
    expect(received.flatMap((m) => m.to).sort()).toEqual([
      "officer@larissa.test",
      "officer@serres.test",
      "rep@trikala.test",
    ]);
    expect(received[0]?.from).toBe("no-reply@cni.test");
    expect(received[0]?.data).toMatch(/Subject: /);
    // nothing is sent twice
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(3);
  });

  it("keeps e-mails while the server is unreachable and sends them once it is back", async () => {
    received.length = 0;
    await enqueueEmail(ctx.db, {
      to: ["A@Example.test", "a@example.test"],
      subject: "Invitation",
      text: "Hello",
    });
    const rows = await ctx.db.outboxEmail.findMany({ where: { subject: "Invitation" } });
    expect(rows.map((r) => r.to)).toEqual(["a@example.test"]);

    const unreachable = new OutboxWorker(
      ctx.db,
      nodemailer.createTransport({ host: "127.0.0.1", port: 1, connectionTimeout: 500 }),
      { from: "CNI <no-reply@cni.test>", baseBackoffMs: 30 },
    );
    expect(await unreachable.runOnce()).toEqual({ sent: 0, failed: 1 });
    const failed = await ctx.db.outboxEmail.findFirstOrThrow({ where: { subject: "Invitation" } });
    expect(failed).toMatchObject({ attempts: 1, sentAt: null });
    expect(failed.lastError).toBeTruthy();

    await sleep(40);
    expect(await worker().runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(received.map((m) => m.to)).toEqual([["a@example.test"]]);
  });

  it("the app's own worker exists when SMTP_URL is set and stops on close", () => {
    expect(ctx.app.emailWorker).toBeInstanceOf(OutboxWorker);
  });
});
