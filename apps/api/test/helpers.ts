import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { athensToday } from "@cni/domain/dates";
import type { Role } from "@cni/domain/enums";
import { afterAll, beforeAll, inject } from "vitest";
import { type App, buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { seedNetwork } from "../src/seed/seed.ts";

/** This run's folder (from global-setup) and its migrated template database. */
export const testDir = () => inject("testDir");
export const templateDb = () => path.join(testDir(), "template.db");
/** The template with the network's facts already seeded (global-setup). */
const seededTemplateDb = () => path.join(testDir(), "seeded.db");

export type TestContext = { app: App; db: Db; databaseFile: string; documentsDir: string };

/**
 * A real app on a fresh SQLite file made from the migrated template, seeded with the
 * network's facts. Nothing is mocked.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const id = randomUUID();
  const databaseFile = path.join(testDir(), `${id}.db`);
  const documentsDir = path.join(testDir(), `${id}-documents`);
  mkdirSync(documentsDir, { recursive: true });
  copyFileSync(seededTemplateDb(), databaseFile);
  const config = loadConfig({
    DATABASE_URL: `file:${databaseFile}`,
    CNI_DOCUMENTS_DIR: documentsDir,
    CNI_WEB_DIST: path.join(testDir(), "no-web-build"),
    CNI_RATE_LIMIT_MAX: "1000",
    LOG_LEVEL: "silent",
    // Load shedding would turn a busy test machine into random 503s; overload tests set it.
    CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
    ...env,
  });
  const db = await createDb(config.databaseUrl);
  await seedNetwork(db);
  const app = await buildApp({ config, db });
  await app.ready();
  return { app, db, databaseFile, documentsDir };
}

/**
 * The test app of a test file: created before its tests, closed after them. The returned
 * object is filled in by `beforeAll`, so use its fields inside tests and hooks only.
 *
 *   const ctx = useTestApp();
 *   it("…", async () => { await ctx.app.inject(…); });
 */
export function useTestApp(env: Record<string, string> = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    Object.assign(ctx, await createTestApp(env));
  });
  afterAll(async () => {
    await ctx.app?.close();
  });
  return ctx;
}

export const TEST_PASSWORD = "correct horse battery staple";

/**
 * TEST_PASSWORD stored as lib/password.ts stores a hash, but at scrypt cost N=2^10 instead
 * of 2^15: verifyPassword reads the cost from the stored hash, so signing in through the
 * real route checks it the same way, ≈ 30× cheaper (full-cost sign-ins were a large part of
 * the API tests' time). Passwords set through the API keep the full cost.
 */
function cheapTestHash(password: string): string {
  const [N, r, p] = [2 ** 10, 8, 1];
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

let passwordHash: string | null = null;

/** Creates an active user with TEST_PASSWORD. */
export async function createUser(
  db: Db,
  input: { role: Role; municipalityId?: string | null; email?: string; name?: string },
) {
  passwordHash ??= cheapTestHash(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: input.email ?? `${input.role}-${randomUUID().slice(0, 8)}@test.cni`,
      name: input.name ?? `Test ${input.role}`,
      role: input.role,
      municipalityId: input.municipalityId ?? null,
      passwordHash,
    },
  });
}

/**
 * Makes `person` the municipality's current representative from today (the current one, if
 * any, ends today), as PUT /api/municipalities/:id/designations/representative would.
 */
export async function designateAsRepresentative(
  ctx: Pick<TestContext, "db">,
  municipalityId: string,
  person: { name: string; email: string },
  role: "representative" | "alternate" = "representative",
) {
  const today = athensToday();
  await ctx.db.designation.updateMany({
    where: { municipalityId, role, to: null },
    data: { to: today },
  });
  return ctx.db.designation.create({
    data: { municipalityId, role, name: person.name, email: person.email, from: today },
  });
}

export type Agent = {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; "x-csrf-token": string };
  userId: string;
};

/** Signs in through the real login route and returns the cookie and CSRF token to send. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<Agent> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === "cni_session");
  if (!setCookie) throw new Error("no session cookie");
  const cookie = `cni_session=${setCookie.value}`;
  const body = response.json() as { csrfToken: string; user: { id: string } };
  return {
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, "x-csrf-token": body.csrfToken },
    userId: body.user.id,
  };
}

/**
 * Creates a user of that role (and municipality) and signs them in.
 * @deprecated Use `signInAs(ctx, persona)` from test/fixtures/personas.ts.
 */
export async function signInAs(ctx: TestContext, role: Role, municipalityId: string | null = null) {
  const user = await createUser(ctx.db, { role, municipalityId });
  return { user, agent: await signIn(ctx.app, user.email) };
}
