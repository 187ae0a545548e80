// The response cache for signed-in reads (config.cache "personal", decision 120): kept per
// user and data version on the server, never shared between users, never in the browser,
// and gone with the next audited write.
import { beforeAll, describe, expect, it } from "vitest";
import { circulateSerresAccession } from "../../test/fixtures/notices.ts";
import { type SignedIn, signInAs } from "../../test/fixtures/personas.ts";
import { useTestApp } from "../../test/helpers.ts";

const ctx = useTestApp();
let serresAccessionId: string;

beforeAll(async () => {
  serresAccessionId = await circulateSerresAccession(ctx);
});

const get = (agent: SignedIn, url: string) =>
  ctx.app.inject({ method: "GET", url, headers: { cookie: agent.cookie } });

type Inbox = {
  items: { id: string; recipientMunicipalityId: string; acknowledgedAt: string | null }[];
};

describe("the per-user response cache", () => {
  it("never gives one user's cached inbox to another, even of the same municipality", async () => {
    // everyone signs in first (a sign-in is a write): no write between the reads below
    const larissa = await signInAs(ctx, "larissa.representative");
    const trikala = await signInAs(ctx, "trikala.representative");
    const colleague = await signInAs(ctx, { role: "officer", municipalityId: "larissa" });

    const first = await get(larissa, "/api/notices");
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-cache"]).toBe("miss");
    const again = await get(larissa, "/api/notices");
    expect(again.headers["x-cache"]).toBe("hit");
    expect(again.body).toBe(first.body);
    // personal data: kept on the server only
    expect(again.headers["cache-control"]).toBe("private, no-store");
    expect(String(again.headers.vary)).toContain("Cookie");

    const other = await get(trikala, "/api/notices");
    expect(other.headers["x-cache"]).toBe("miss");
    const otherItems = (other.json() as Inbox).items;
    expect(otherItems.length).toBeGreaterThan(0);
    expect(otherItems.every((n) => n.recipientMunicipalityId === "trikala")).toBe(true);

    // the same municipality's answer, but another user: computed for them, not shared
    const theirs = await get(colleague, "/api/notices");
    expect(theirs.headers["x-cache"]).toBe("miss");
    expect((await get(colleague, "/api/notices")).headers["x-cache"]).toBe("hit");
    const larissaAgain = await get(larissa, "/api/notices");
    expect(larissaAgain.headers["x-cache"]).toBe("hit");
    expect(
      (larissaAgain.json() as Inbox).items.every((n) => n.recipientMunicipalityId === "larissa"),
    ).toBe(true);
    expect((await get(trikala, "/api/notices")).body).toBe(other.body);
  });

  it("answers anew after a write (acknowledging a notice)", async () => {
    const larissa = await signInAs(ctx, "larissa.representative");
    await get(larissa, "/api/notices");
    const before = await get(larissa, "/api/notices");
    expect(before.headers["x-cache"]).toBe("hit");
    const notice = (before.json() as Inbox).items.find((n) => n.acknowledgedAt === null);
    expect(notice).toBeDefined();
    const ack = await ctx.app.inject({
      method: "POST",
      url: `/api/notices/${notice!.id}/acknowledge`,
      headers: larissa.headers,
    });
    expect(ack.statusCode).toBe(200);
    const after = await get(larissa, "/api/notices");
    expect(after.headers["x-cache"]).toBe("miss");
    const same = (after.json() as Inbox).items.find((n) => n.id === notice!.id);
    expect(same?.acknowledgedAt).not.toBeNull();
  });

  it("keeps a declaration per user: the coordinator's view is never the officer's", async () => {
    const coordinator = await signInAs(ctx, "coordinator");
    const officer = await signInAs(ctx, "serres.officer");
    const url = `/api/accessions/${serresAccessionId}`;
    await get(coordinator, url);
    const coordinators = await get(coordinator, url);
    expect(coordinators.headers["x-cache"]).toBe("hit");
    const officers = await get(officer, url);
    expect(officers.statusCode).toBe(200);
    expect(officers.headers["x-cache"]).toBe("miss");
    // only coordinators see which parties were sent the declaration
    expect(coordinators.json().notices).not.toBeNull();
    expect(officers.json().notices).toBeNull();
    expect((await get(officer, url)).json().notices).toBeNull();
  });
});
