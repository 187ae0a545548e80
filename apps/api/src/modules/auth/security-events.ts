// Security events (failed sign-ins, throttling, CSRF and authorization refusals) go to the
// audit log — but a flood of refused requests must not fill the table or slow every
// request down with a write. So each kind of event is written at most PER_SOURCE times a
// minute per source address and GLOBAL times a minute in all; the next entry written says
// how many were left out meanwhile (the server log line likewise). Nothing here changes a record: it is written on its
// own, outside any request's transaction, and a failure to write it never fails the request.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { type AuditAction, recordAudit } from "../../lib/audit.ts";

export const SECURITY_EVENTS_PER_SOURCE = 5;
export const SECURITY_EVENTS_GLOBAL = 60;
const WINDOW_MS = 60_000;

export type SecurityEvent = {
  action: Extract<
    AuditAction,
    "auth.sign_in_failed" | "auth.throttled" | "security.csrf_refused" | "security.forbidden"
  >;
  actor: SessionUser | null;
  /** The source address (request.ip, after the trusted proxies). */
  source: string;
  entityType: string;
  entityId: string;
  summary: string;
  after?: unknown;
};

type Window = { count: number; resetAt: number };

export class SecurityEventLog {
  private windows = new Map<string, Window>();
  private suppressed = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly log?: FastifyBaseLogger,
  ) {}

  private take(key: string, max: number, now: number): boolean {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count <= max;
  }

  /** Records the event unless its kind is over its budget; resolves true when written. */
  async record(event: SecurityEvent): Promise<boolean> {
    const now = Date.now();
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    }
    const allowed =
      this.take(`${event.action}|${event.source}`, SECURITY_EVENTS_PER_SOURCE, now) &&
      this.take(event.action, SECURITY_EVENTS_GLOBAL, now);
    if (!allowed) {
      this.suppressed.set(event.action, (this.suppressed.get(event.action) ?? 0) + 1);
      return false;
    }
    // the log line is rate-limited with the entry: a flood must not fill the disk either
    this.log?.warn(
      { event: event.action, source: event.source, entity: event.entityId },
      event.summary,
    );
    const left = this.suppressed.get(event.action) ?? 0;
    this.suppressed.delete(event.action);
    try {
      await this.db.$transaction((tx) =>
        recordAudit(tx, {
          actor: event.actor,
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId,
          summary: left
            ? `${event.summary} (${left} similar events left out of the log before this one)`
            : event.summary,
          after: {
            source: event.source,
            ...(left ? { leftOut: left } : {}),
            ...(event.after ?? {}),
          },
        }),
      );
      return true;
    } catch (err) {
      this.log?.error({ err }, "could not write a security event to the audit log");
      return false;
    }
  }
}
