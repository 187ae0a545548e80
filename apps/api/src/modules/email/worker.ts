import type { Transporter } from "nodemailer";
import type { Db } from "../../db/client.ts";
import { RepeatingJob } from "../../lib/repeating-job.ts";

export type OutboxWorkerOptions = {
  from: string;
  /** How often pending rows are looked for. */
  pollMs?: number;
  /** First retry after this long; doubled at each failure up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  batchSize?: number;
  /** A row being sent is hidden from other runs for this long (crash safety). */
  leaseMs?: number;
  log?: { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
};

/** Delay before attempt `attempts + 1`, after `attempts` failures (≥ 1). */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
}

/**
 * Sends pending OutboxEmail rows through nodemailer. A failed send keeps the row, counts
 * the attempt, records the error and schedules the next attempt with exponential backoff
 * (capped, never abandoned): nothing is lost while the mail server is unreachable.
 */
export class OutboxWorker {
  private readonly job: RepeatingJob;
  private readonly opts: Required<Omit<OutboxWorkerOptions, "log">> &
    Pick<OutboxWorkerOptions, "log">;

  constructor(
    private readonly db: Db,
    private readonly transport: Pick<Transporter, "sendMail">,
    options: OutboxWorkerOptions,
  ) {
    this.opts = {
      pollMs: 5_000,
      baseBackoffMs: 30_000,
      maxBackoffMs: 60 * 60 * 1000,
      batchSize: 20,
      leaseMs: 2 * 60 * 1000,
      ...options,
    };
    this.job = new RepeatingJob({
      intervalMs: this.opts.pollMs,
      run: async () => {
        await this.runOnce();
      },
      onError: (err) => this.opts.log?.warn({ err }, "e-mail outbox run failed"),
    });
  }

  /** Starts polling (idempotent). */
  start(): void {
    this.job.start();
  }

  /** Stops polling and waits for a send in progress to finish. */
  async stop(): Promise<void> {
    await this.job.stop();
  }

  /** Sends the rows that are due now; returns how many were sent and how many failed. */
  async runOnce(now: () => Date = () => new Date()): Promise<{ sent: number; failed: number }> {
    const due = await this.db.outboxEmail.findMany({
      where: { sentAt: null, nextAttemptAt: { lte: now() } },
      orderBy: { nextAttemptAt: "asc" },
      take: this.opts.batchSize,
    });
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      // Claim the row (lease) so a second worker or an overlapping run does not send it too.
      const claimed = await this.db.outboxEmail.updateMany({
        where: { id: row.id, sentAt: null, nextAttemptAt: row.nextAttemptAt },
        data: { nextAttemptAt: new Date(now().getTime() + this.opts.leaseMs) },
      });
      if (claimed.count === 0) continue;
      try {
        await this.transport.sendMail({
          from: this.opts.from,
          to: row.to,
          subject: row.subject,
          text: row.text,
        });
        await this.db.outboxEmail.update({
          where: { id: row.id },
          data: { sentAt: now(), attempts: row.attempts + 1, lastError: null },
        });
        sent += 1;
      } catch (err) {
        const attempts = row.attempts + 1;
        const message = err instanceof Error ? err.message : String(err);
        await this.db.outboxEmail.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: message.slice(0, 1000),
            nextAttemptAt: new Date(
              now().getTime() +
                backoffMs(attempts, this.opts.baseBackoffMs, this.opts.maxBackoffMs),
            ),
          },
        });
        this.opts.log?.warn({ emailId: row.id, attempts, err: message }, "e-mail send failed");
        failed += 1;
      }
    }
    return { sent, failed };
  }
}
