// The one timer loop behind the background jobs (reminders, e-mail outbox): a run starts
// after a delay, the next is scheduled only when it has finished (runs never overlap), a
// throwing run is reported and the loop goes on, and stop() ends the loop and waits for a
// run in progress, so closing the app never leaves a job writing to a closed database.

export type RepeatingJobOptions = {
  /**
   * One run. It may return how long to wait before the next run (e.g. sooner when work is
   * left); otherwise the next run follows after intervalMs.
   */
  run: () => Promise<number | undefined> | Promise<void>;
  /** The wait between the end of one run and the start of the next. */
  intervalMs: number;
  /** The wait between start() and the first run. */
  firstRunDelayMs?: number;
  /** Told about a run that threw; the loop carries on. */
  onError?: (err: unknown) => void;
};

export class RepeatingJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(private readonly opts: RepeatingJobOptions) {}

  /** Starts the loop (idempotent). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(this.opts.firstRunDelayMs ?? 0);
  }

  /** Stops the loop and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runGuarded().then((next) => {
        this.running = null;
        this.schedule(next);
      });
    }, delay);
    // A pending run never keeps the process alive on its own.
    this.timer.unref();
  }

  /** One run, never rejecting; resolves to the wait before the next run. */
  private async runGuarded(): Promise<number> {
    try {
      const requested = await this.opts.run();
      return typeof requested === "number" ? requested : this.opts.intervalMs;
    } catch (err) {
      try {
        this.opts.onError?.(err);
      } catch {
        // a failing report (e.g. the logger) must not end the loop either
      }
      return this.opts.intervalMs;
    }
  }
}
