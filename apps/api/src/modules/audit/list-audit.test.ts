import { describe, expect, it } from "vitest";
import { useAuditLog } from "../../../test/fixtures/audit.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { recordAudit } from "../../lib/audit.ts";

const { ctx, coordinator, readAudit: audit } = useAuditLog();

describe("GET /api/audit", () => {
  it("records the account changes of this issue with actor, entity, summary, before/after", async () => {
    const created = await ctx.app.inject({
      method: "POST",
      url: "/api/users",
      headers: coordinator().headers,
      payload: {
        email: "audited@audit.test",
        name: "Audited Person",
        role: "officer",
        municipalityId: "larissa",
      },
    });
    const userId = created.json().user.id;
    await ctx.app.inject({
      method: "PATCH",
      url: `/api/users/${userId}`,
      headers: coordinator().headers,
      payload: { active: false },
    });
    const body = await audit(`?entityType=user&entityId=${userId}`);
    expect(body.total).toBe(3);
    expect(body.items.map((i) => i.action)).toEqual([
      "user.deactivate",
      "invitation.issue",
      "user.create",
    ]);
    const [deactivate] = body.items;
    expect(deactivate).toMatchObject({
      actor: { id: coordinator().user.id, name: "Test coordinator" },
      entityType: "user",
      entityId: userId,
      before: { active: true },
      after: { active: false },
    });
    expect(deactivate?.summary).toContain("audited@audit.test");
    expect(new Date(deactivate!.at).getTime()).toBeLessThanOrEqual(Date.now());
    // the creation entry has no "before"
    expect(body.items[2]).not.toHaveProperty("before");
  });

  it("records sign-in and sign-out", async () => {
    const person = await signInAs(ctx, { role: "representative", municipalityId: "trikala" });
    await ctx.app.inject({ method: "POST", url: "/api/auth/logout", headers: person.headers });
    const body = await audit(`?actorId=${person.user.id}`);
    expect(body.items.map((i) => i.action)).toEqual(["auth.logout", "auth.login"]);
    expect(body.items.every((i) => i.actor.id === person.user.id)).toBe(true);
  });

  it("filters by Athens date range, both days included", async () => {
    await ctx.db.$transaction(async (tx) => {
      for (const [at, id] of [
        ["2025-03-09T21:59:59.000Z", "before"], // 23:59:59 on 9 March in Athens
        ["2025-03-09T22:00:00.000Z", "first"], // 00:00 on 10 March
        ["2025-03-11T21:59:59.000Z", "last"], // 23:59:59 on 11 March
        ["2025-03-11T22:00:00.000Z", "after"], // 00:00 on 12 March
      ] as const) {
        await recordAudit(tx, {
          actor: null,
          action: "seed.network",
          entityType: "range",
          entityId: id,
          summary: id,
        });
        await tx.auditEntry.updateMany({ where: { entityId: id }, data: { at: new Date(at) } });
      }
    });
    const body = await audit("?entityType=range&from=2025-03-10&to=2025-03-11");
    expect(body.items.map((i) => i.entityId)).toEqual(["last", "first"]);
    expect(body.items[0]?.actor).toEqual({ id: null, label: "system", name: null });
    expect((await audit("?entityType=range&from=2025-03-12")).items.map((i) => i.entityId)).toEqual(
      expect.arrayContaining(["after"]),
    );
    expect((await audit("?entityType=range&to=2025-03-09")).items.map((i) => i.entityId)).toEqual([
      "before",
    ]);
  });

  it("pages, newest first", async () => {
    const all = await audit("?pageSize=200");
    const first = await audit("?page=1&pageSize=2");
    const second = await audit("?page=2&pageSize=2");
    expect(first.total).toBe(all.total);
    expect(first.items).toHaveLength(2);
    expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 4));
    const times = all.items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("refuses bad filters with 400", async () => {
    for (const query of ["?from=2025-02-30", "?page=0", "?pageSize=1000", "?to=yesterday"]) {
      const response = await ctx.app.inject({
        method: "GET",
        url: `/api/audit${query}`,
        headers: coordinator().headers,
      });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it("is for coordinators only", async () => {
    const agent = await signInAs(ctx, "larissa.representative");
    expect(
      (await ctx.app.inject({ method: "GET", url: "/api/audit", headers: agent.headers }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/audit" })).statusCode).toBe(401);
  });
});
