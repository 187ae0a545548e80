// The reminder job's clock: runs sendDueReminders when the server starts and then every
// CNI_REMINDER_INTERVAL_MINUTES (0: never). Decorated on the app by the plugin below and
// started by server.ts, never by buildApp, so tests run the job only when they call it.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../../db/client.ts";
import { sendDueReminders } from "./send-due-reminders.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The reminder job's timer when CNI_REMINDER_INTERVAL_MINUTES > 0 (server.ts starts it). */
    reminderScheduler: ReminderScheduler | null;
  }
}

type Log = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

const DEFAULT_BATCH_SIZE = 100;
const BATCH_PAUSE_MS = 60_000;
const FIRST_RUN_DELAY_MS = 30_000;

export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly opts: {
      intervalMs: number;
      openDaysBefore: number;
      log?: Log;
      /** The first run waits this long after start, so a starting server serves first. */
      firstRunDelayMs?: number;
      /** At most this many reminders per run; the rest follow a minute later. */
      batchSize?: number;
    },
  ) {}

  /** Runs soon after start (firstRunDelayMs), then every interval (idempotent). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(this.opts.firstRunDelayMs ?? 0);
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let next = this.opts.intervalMs;
      this.running = sendDueReminders(this.db, {
        openDaysBefore: this.opts.openDaysBefore,
        limit: this.opts.batchSize ?? DEFAULT_BATCH_SIZE,
      })
        .then((result) => {
          if (result.sent > 0) this.opts.log?.info(result, "reminders sent");
          if (result.remaining > 0) next = Math.min(next, BATCH_PAUSE_MS);
        })
        .catch((err: unknown) => this.opts.log?.warn({ err }, "reminder run failed"))
        .finally(() => {
          this.running = null;
          this.schedule(next);
        });
    }, delay);
    this.timer.unref();
  }
}

export default fp(
  async function reminderSchedulerPlugin(app: FastifyInstance) {
    const minutes = app.config.reminderIntervalMinutes;
    if (minutes <= 0) {
      app.decorate("reminderScheduler", null);
      return;
    }
    const scheduler = new ReminderScheduler(app.db, {
      intervalMs: minutes * 60_000,
      openDaysBefore: app.config.reviewOpenDaysBefore,
      log: app.log,
      firstRunDelayMs: FIRST_RUN_DELAY_MS,
    });
    app.decorate("reminderScheduler", scheduler);
    app.addHook("onClose", async () => scheduler.stop());
  },
  { name: "reminder-scheduler", dependencies: ["db"] },
);
