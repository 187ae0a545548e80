// Throttling instead of lockout (issue 13 items 5 and 6): a throttled account answers like a
// wrong password, a flood from one address cannot lock the person out from another, the
// delays grow, and a per-account limit holds whatever addresses the attempts come from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  createUser,
  TEST_PASSWORD,
  type TestContext,
} from "../../../test/helpers.ts";
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_S,
  delaySeconds,
  PAIR_FREE_FAILURES,
  PAIR_MAX_DELAY_S,
} from "./throttle.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const login = (email: string, password: string, remoteAddress = "198.51.100.1") =>
  ctx.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress,
  });

/**
 * The first delays are 1–2 s: on a loaded machine they can pass before the next request is
 * even sent. Checks that the code set a delay on `key`, then holds it for a minute so what
 * follows runs inside the delay whatever the machine's speed.
 */
async function holdDelay(key: string) {
  const row = await ctx.db.signInThrottle.findUniqueOrThrow({ where: { key } });
  expect(row.blockedUntil, `a delay on ${key}`).not.toBeNull();
  await ctx.db.signInThrottle.update({
    where: { key },
    data: { blockedUntil: new Date(Date.now() + 60_000) },
  });
}

describe("growing delays", () => {
  it("grows 1, 2, 4 … seconds after the free failures, up to the cap", () => {
    expect(delaySeconds(PAIR_FREE_FAILURES - 1, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S)).toBe(0);
    expect(delaySeconds(PAIR_FREE_FAILURES, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S)).toBe(1);
    expect(delaySeconds(PAIR_FREE_FAILURES + 1, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S)).toBe(2);
    expect(delaySeconds(PAIR_FREE_FAILURES + 3, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S)).toBe(8);
    expect(delaySeconds(PAIR_FREE_FAILURES + 40, PAIR_FREE_FAILURES, PAIR_MAX_DELAY_S)).toBe(
      PAIR_MAX_DELAY_S,
    );
    // the account as a whole is slowed down by at most a minute: never locked out
    expect(delaySeconds(1000, ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY_S)).toBe(60);
  });
});

describe("a throttled account", () => {
  it("answers exactly like a wrong password, even to the right one, and logs it", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    const unknown = await login("nobody-throttle@test.cni", "whatever password");
    for (let i = 0; i < PAIR_FREE_FAILURES + 3; i++) {
      const wrong = await login(user.email, `wrong password ${i}`);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
    }
    await holdDelay(`pair:${user.id}:198.51.100.1`);
    const right = await login(user.email, TEST_PASSWORD);
    expect(right.statusCode).toBe(401); // no 429, no ACCOUNT_LOCKED: nothing to tell apart
    expect(right.json()).toEqual(unknown.json());
    expect(right.headers["retry-after"]).toBeUndefined();
    expect(right.cookies).toEqual([]);
    const throttled = await ctx.db.auditEntry.findMany({
      where: { entityId: user.id, action: "auth.throttled" },
    });
    expect(throttled.length).toBeGreaterThan(0);
    const failed = await ctx.db.auditEntry.findMany({
      where: { entityId: user.id, action: "auth.sign_in_failed" },
    });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]?.summary).toContain("198.51.100.1");
  });

  it("cannot be locked out by someone else: the owner signs in from another address", async () => {
    const user = await createUser(ctx.db, { role: "coordinator" });
    for (let i = 0; i < 15; i++) await login(user.email, `attacker ${i}`, "203.0.113.66");
    await holdDelay(`pair:${user.id}:203.0.113.66`);
    expect((await login(user.email, TEST_PASSWORD, "203.0.113.66")).statusCode).toBe(401);
    const owner = await login(user.email, TEST_PASSWORD, "192.0.2.10");
    expect(owner.statusCode).toBe(200);
  });

  it("lets the right password in once the delay has passed, and clears that source's count", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "trikala" });
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) await login(user.email, `wrong ${i}`);
    await holdDelay(`pair:${user.id}:198.51.100.1`);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    await ctx.db.signInThrottle.updateMany({
      where: { key: { contains: user.id } },
      data: { blockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await ctx.db.signInThrottle.count({ where: { key: { contains: user.id } } })).toBe(0);
  });

  it("slows the account down from every address after many failures spread over addresses", async () => {
    const user = await createUser(ctx.db, { role: "officer", municipalityId: "trikala" });
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) {
      await login(user.email, `spread ${i}`, `198.18.0.${i + 1}`);
    }
    const row = await ctx.db.signInThrottle.findUniqueOrThrow({
      where: { key: `account:${user.id}` },
    });
    expect(row.failures).toBe(ACCOUNT_FREE_FAILURES);
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(row.blockedUntil!.getTime()).toBeLessThanOrEqual(
      Date.now() + ACCOUNT_MAX_DELAY_S * 1000,
    );
    await holdDelay(`account:${user.id}`);
    expect((await login(user.email, TEST_PASSWORD, "192.0.2.200")).statusCode).toBe(401);
  });
});

describe("per-account limit", () => {
  it("limits attempts on one e-mail whatever the addresses (429), other e-mails unaffected", async () => {
    const limited = await createTestApp({ CNI_RATE_LIMIT_MAX: "4" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: "target@test.cni", password: "wrong password" },
          remoteAddress: `198.19.0.${i + 1}`,
        });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) {
          expect(response.headers["retry-after"]).toBeDefined();
          expect(response.json()).toMatchObject({ code: "RATE_LIMITED" });
        }
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      const other = await limited.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "someone-else@test.cni", password: "wrong password" },
        remoteAddress: "198.19.0.99",
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.app.close();
    }
  });
});
