// The reminder job's clock: runs sendDueReminders when the server starts and then every
// CNI_REMINDER_INTERVAL_MINUTES (0: never). Decorated on the app by the plugin below and
// started by server.ts, never by buildApp, so tests run the job only when they call it.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../../db/client.ts";
import { RepeatingJob } from "../../lib/repeating-job.ts";
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
  private readonly job: RepeatingJob;

  constructor(
    db: Db,
    opts: {
      intervalMs: number;
      openDaysBefore: number;
      log?: Log;
      /** The first run waits this long after start, so a starting server serves first. */
      firstRunDelayMs?: number;
      /** At most this many reminders per run; the rest follow a minute later. */
      batchSize?: number;
    },
  ) {
    this.job = new RepeatingJob({
      intervalMs: opts.intervalMs,
      firstRunDelayMs: opts.firstRunDelayMs ?? 0,
      run: async () => {
        const result = await sendDueReminders(db, {
          openDaysBefore: opts.openDaysBefore,
          limit: opts.batchSize ?? DEFAULT_BATCH_SIZE,
        });
        if (result.sent > 0) opts.log?.info(result, "reminders sent");
        return result.remaining > 0 ? Math.min(opts.intervalMs, BATCH_PAUSE_MS) : undefined;
      },
      onError: (err) => opts.log?.warn({ err }, "reminder run failed"),
    });
  }

  /** Runs soon after start (firstRunDelayMs), then every interval (idempotent). */
  start(): void {
    this.job.start();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    await this.job.stop();
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
