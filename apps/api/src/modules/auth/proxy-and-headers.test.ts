// Issue 13 items 5 and 13: only configured proxies are believed (X-Forwarded-For cannot
// dodge the per-address limit), and the HTTPS-only protections (HSTS, the __Host- cookie)
// appear only over HTTPS; Permissions-Policy always.
import { describe, expect, it } from "vitest";
import { createTestApp, createUser, TEST_PASSWORD } from "../../../test/helpers.ts";
import { loadConfig, parseTrustProxy } from "../../config.ts";

const attempt = (
  app: Awaited<ReturnType<typeof createTestApp>>["app"],
  remoteAddress: string,
  forwardedFor?: string,
) =>
  app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: `x-${Math.random()}@test.cni`, password: "wrong password" },
    remoteAddress,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });

describe("CNI_TRUST_PROXY", () => {
  it("takes a hop count or a list of addresses, and refuses 'true'", () => {
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("10.0.0.1, 192.168.0.0/16")).toEqual(["10.0.0.1", "192.168.0.0/16"]);
    expect(parseTrustProxy("true")).toBeInstanceOf(Error);
    expect(parseTrustProxy("proxy.example.org")).toBeInstanceOf(Error);
    expect(() => loadConfig({ CNI_TRUST_PROXY: "true" })).toThrow(/CNI_TRUST_PROXY/);
  });

  it("without a proxy configured, a made-up X-Forwarded-For does not get around the limit", async () => {
    const ctx = await createTestApp({ CNI_RATE_LIMIT_MAX: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await attempt(ctx.app, "203.0.113.50", `198.51.100.${i}`)).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await ctx.app.close();
    }
  });

  it("behind the configured proxy, counts the client's address; others' headers are ignored", async () => {
    const ctx = await createTestApp({ CNI_RATE_LIMIT_MAX: "2", CNI_TRUST_PROXY: "10.0.0.1" });
    try {
      // through the proxy: each client has its own count
      for (let i = 0; i < 4; i++) {
        expect((await attempt(ctx.app, "10.0.0.1", `198.51.100.${i}`)).statusCode).toBe(401);
      }
      // not the proxy: its X-Forwarded-For is not believed
      const direct: number[] = [];
      for (let i = 0; i < 3; i++) {
        direct.push((await attempt(ctx.app, "203.0.113.51", `198.51.100.${20 + i}`)).statusCode);
      }
      expect(direct).toEqual([401, 401, 429]);
    } finally {
      await ctx.app.close();
    }
  });

  it("with a hop count, uses the address the last proxy saw, not one the client wrote first", async () => {
    const ctx = await createTestApp({ CNI_RATE_LIMIT_MAX: "2", CNI_TRUST_PROXY: "1" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        // the client forges the first entry; the proxy appends the real one
        const forged = `198.51.100.${i}, 192.0.2.77`;
        statuses.push((await attempt(ctx.app, "10.0.0.1", forged)).statusCode);
      }
      expect(statuses).toEqual([401, 401, 429]);
      // another client behind the same proxy has its own count
      expect((await attempt(ctx.app, "10.0.0.1", "192.0.2.78")).statusCode).toBe(401);
    } finally {
      await ctx.app.close();
    }
  });
});

describe("headers", () => {
  it("sends Permissions-Policy, and no HSTS over plain HTTP", async () => {
    const ctx = await createTestApp();
    try {
      const response = await ctx.app.inject({ method: "GET", url: "/api/auth/session" });
      expect(response.headers["permissions-policy"]).toContain("camera=()");
      expect(response.headers["permissions-policy"]).toContain("geolocation=()");
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await ctx.app.close();
    }
  });

  it("over HTTPS (behind the proxy): HSTS, and the session cookie is __Host-, Secure", async () => {
    const ctx = await createTestApp({ CNI_TRUST_PROXY: "1" });
    try {
      const user = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
      const https = { "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.5" };
      const login = await ctx.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: TEST_PASSWORD },
        headers: https,
      });
      expect(login.statusCode).toBe(200);
      expect(login.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      const cookie = login.cookies.find((c) => c.name === "__Host-cni_session");
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: "/" });
      expect((cookie as { domain?: string }).domain).toBeUndefined();
      expect(login.cookies.find((c) => c.name === "cni_session")).toBeUndefined();

      const seen = await ctx.app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { ...https, cookie: `__Host-cni_session=${cookie!.value}` },
      });
      expect(seen.json().user?.id).toBe(user.id);
      // over HTTPS an unprefixed cookie (one a sibling subdomain could plant) is ignored
      const planted = await ctx.app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { ...https, cookie: `cni_session=${cookie!.value}` },
      });
      expect(planted.json().user).toBeNull();
    } finally {
      await ctx.app.close();
    }
  });
});
