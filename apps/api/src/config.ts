import path from "node:path";
import { z } from "zod";

// The repository root: relative file: URLs and folders are resolved against it so the
// server behaves the same whichever workspace it is started from.
export const repoRoot = path.resolve(import.meta.dirname, "../../..");

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().default("file:./data/cni.db"),
  CNI_ADMIN_EMAIL: z.email().optional(),
  CNI_ADMIN_PASSWORD: z.string().min(12).optional(),
  CNI_DOCUMENTS_DIR: z.string().default("data/documents"),
  CNI_WEB_DIST: z.string().default("apps/web/dist"),
  CNI_PUBLIC_URL: z.string().optional(),
  CNI_REVIEW_OPEN_DAYS_BEFORE: z.coerce.number().int().min(0).max(730).default(60),
  // how often the reminder job runs (it also runs at start); 0 = never
  CNI_REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  CNI_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
  CNI_TRUST_PROXY: z.string().default("false"),
  // HMAC key that authenticates backup manifests (scripts/backup.ts, restore.ts)
  CNI_BACKUP_KEY: z.string().min(16).optional(),
  NODE_ENV: z.string().optional(),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("CNI portal <no-reply@cni.local>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // shed load (503 + Retry-After) while the event-loop delay is above this; 0 = never
  CNI_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(200),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  documentsDir: string;
  webDist: string;
  publicUrl: string | undefined;
  reviewOpenDaysBefore: number;
  /** Minutes between runs of the reminder job; 0: it never runs. */
  reminderIntervalMinutes: number;
  rateLimitMax: number;
  /** false, a hop count, or the proxies' addresses/CIDRs (Fastify `trustProxy`). */
  trustProxy: TrustProxy;
  production: boolean;
  smtpUrl: string | undefined;
  smtpFrom: string;
  logLevel: string;
  maxEventLoopDelayMs: number;
};

/** Absolute file: URL, so the database is the same file whatever the working directory. */
export function resolveDatabaseUrl(url: string): string {
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  return `file:${path.resolve(repoRoot, file)}`;
}

export type TrustProxy = false | number | string[];

/**
 * `CNI_TRUST_PROXY`: "false" (default), a hop count ("1": the one reverse proxy in front),
 * or a comma list of proxy addresses/CIDRs. "true" (trust every X-Forwarded-For) is
 * refused: anyone could then pick the address the rate limits count.
 */
export function parseTrustProxy(value: string): TrustProxy | Error {
  const text = value.trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "true") {
    return new Error(
      'CNI_TRUST_PROXY=true would let any client choose its address; give the number of proxies in front (e.g. "1") or their addresses',
    );
  }
  const addresses = text
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const valid = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;
  const wrong = addresses.find((a) => !valid.test(a) && a !== "loopback" && a !== "uniquelocal");
  if (wrong) return new Error(`CNI_TRUST_PROXY: "${wrong}" is not an IP address or CIDR`);
  return addresses;
}

/** Reads and validates the environment once; everything else receives a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const trustProxy = parseTrustProxy(e.CNI_TRUST_PROXY);
  const problems: string[] = [];
  if (trustProxy instanceof Error) problems.push(`  CNI_TRUST_PROXY: ${trustProxy.message}`);
  const publicUrl = e.CNI_PUBLIC_URL?.trim().replace(/\/+$/, "") || undefined;
  const production = e.NODE_ENV === "production";
  // Links in e-mails (invitations, password resets) are built from this, never from the
  // request's Host header, which a client chooses.
  if (production && !publicUrl) {
    problems.push(
      "  CNI_PUBLIC_URL: required when NODE_ENV=production (e.g. https://cni.example.gr)",
    );
  }
  if (publicUrl && !URL.canParse(publicUrl)) {
    problems.push(`  CNI_PUBLIC_URL: "${publicUrl}" is not a URL`);
  }
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: resolveDatabaseUrl(e.DATABASE_URL),
    adminEmail: e.CNI_ADMIN_EMAIL,
    adminPassword: e.CNI_ADMIN_PASSWORD,
    documentsDir: path.resolve(repoRoot, e.CNI_DOCUMENTS_DIR),
    webDist: path.resolve(repoRoot, e.CNI_WEB_DIST),
    publicUrl,
    reviewOpenDaysBefore: e.CNI_REVIEW_OPEN_DAYS_BEFORE,
    reminderIntervalMinutes: e.CNI_REMINDER_INTERVAL_MINUTES,
    rateLimitMax: e.CNI_RATE_LIMIT_MAX,
    trustProxy: trustProxy as TrustProxy,
    production,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    logLevel: e.LOG_LEVEL,
    maxEventLoopDelayMs: e.CNI_MAX_EVENT_LOOP_DELAY_MS,
  };
}
