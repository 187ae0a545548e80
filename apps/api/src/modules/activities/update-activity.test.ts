import { describe, expect, it } from "vitest";
import { activityKit, type Json, workshop } from "../../../test/fixtures/activities.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, createOk } = activityKit(() => ctx);

describe("changing and deleting", () => {
  it("patches fields, checks the merged result and audits before/after", async () => {
    const created = await createOk(workshop({ titleEl: "Προς αλλαγή" }));
    const patch = async (payload: Json) =>
      ctx.app.inject({
        method: "PATCH",
        url: `/api/activities/${created.id}`,
        headers: (await as("coordinator")).headers,
        payload,
      });
    const bad = await patch({ endsOn: "2026-03-01" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: "endsOn" }] });
    const toFunding = await patch({ type: "funding" });
    expect(toFunding.statusCode).toBe(400);
    const ok = await patch({
      status: "completed",
      pillars: ["inclusion", "employability"],
      participantMunicipalityIds: ["trikala", "karditsa"],
      titleEn: null,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      titleEl: "Προς αλλαγή",
      status: "completed",
      pillars: ["employability", "inclusion"],
      titleEn: null,
      participantMunicipalityIds: ["karditsa", "trikala"],
    });
    const audit = await ctx.db.auditEntry.findMany({
      where: { entityType: "activity", entityId: created.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["activity.create", "activity.update"]);
    expect(JSON.parse(audit[1]?.before ?? "{}")).toMatchObject({ status: "planned" });
    expect(JSON.parse(audit[1]?.after ?? "{}")).toMatchObject({ status: "completed" });
    const missing = await ctx.app.inject({
      method: "PATCH",
      url: "/api/activities/nope",
      headers: (await as("coordinator")).headers,
      payload: { status: "completed" },
    });
    expect(missing.statusCode).toBe(404);
  });

  it("deletes, and a second delete is a 404", async () => {
    const created = await createOk(workshop({ titleEl: "Προς διαγραφή" }));
    const del = async () =>
      ctx.app.inject({
        method: "DELETE",
        url: `/api/activities/${created.id}`,
        headers: (await as("coordinator")).headers,
      });
    expect((await del()).statusCode).toBe(204);
    expect((await del()).statusCode).toBe(404);
    expect(await ctx.db.activityPillar.count({ where: { activityId: created.id } })).toBe(0);
    expect(
      await ctx.db.auditEntry.count({ where: { entityId: created.id, action: "activity.delete" } }),
    ).toBe(1);
  });
});
