import { describe, expect, it } from "vitest";
import { activityKit, type Json, workshop } from "../../../test/fixtures/activities.ts";
import type { SignedIn } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, list } = activityKit(() => ctx);

describe("proposals", () => {
  const propose = (agent: SignedIn, payload: Json) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/activities/proposals",
      headers: agent.headers,
      payload,
    });

  it("a representative proposes; only coordinators and the proposer see it until published", async () => {
    const response = await propose(
      await as("larissa.representative"),
      workshop({
        titleEl: "Πρόταση: επίσκεψη μελέτης",
        type: "study_visit",
        hostMunicipalityId: null,
        participantMunicipalityIds: [],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const proposal = response.json() as Json & { id: string };
    expect(proposal).toMatchObject({
      published: false,
      hostMunicipalityId: "larissa",
      proposedByMe: true,
      proposedBy: null,
    });

    const q = "επισκεψη μελετης";
    expect((await list({ q }, await as("coordinator"))).total).toBe(0);
    const queue = await list({ q, published: "false" }, await as("coordinator"));
    expect(queue.items.map((a) => a.id)).toEqual([proposal.id]);
    expect(queue.items[0]?.proposedBy).toMatchObject({ name: "Test representative" });
    expect((await list({ q, published: "false" }, await as("larissa.representative"))).total).toBe(
      1,
    );
    expect((await list({ q, published: "false" }, await as("trikala.representative"))).total).toBe(
      0,
    );
    expect((await list({ q, published: "false" })).total).toBe(0);
    const other = await ctx.app.inject({
      method: "GET",
      url: `/api/activities/${proposal.id}`,
      headers: { cookie: (await as("trikala.representative")).cookie },
    });
    expect(other.statusCode).toBe(404);

    const publish = async () =>
      ctx.app.inject({
        method: "POST",
        url: `/api/activities/${proposal.id}/publish`,
        headers: (await as("coordinator")).headers,
      });
    const published = await publish();
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true });
    expect((await publish()).statusCode).toBe(409);
    expect((await list({ q })).total).toBe(1);
    const actions = (
      await ctx.db.auditEntry.findMany({ where: { entityId: proposal.id }, orderBy: { at: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["activity.propose", "activity.publish"]);
  });

  it("a proposer may name only their own municipality as a participant", async () => {
    const response = await propose(
      await as("larissa.representative"),
      workshop({ hostMunicipalityId: null, participantMunicipalityIds: ["trikala"] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: "PARTICIPANT_NOT_OWN" });
  });

  it("a proposer proposes only with its own municipality as host (422 HOST_NOT_OWN)", async () => {
    const officer = await as("larissa.officer");
    const before = await ctx.db.activity.count({ where: { published: false } });
    const elsewhere = await propose(
      officer,
      workshop({ hostMunicipalityId: "athens", participantMunicipalityIds: [] }),
    );
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({
      code: "HOST_NOT_OWN",
      errors: [{ path: "hostMunicipalityId", code: "HOST_NOT_OWN" }],
    });
    expect(await ctx.db.activity.count({ where: { published: false } })).toBe(before);

    const own = await propose(
      officer,
      workshop({ hostMunicipalityId: "larissa", participantMunicipalityIds: [] }),
    );
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({
      hostMunicipalityId: "larissa",
      participantMunicipalityIds: [],
    });
  });

  it("validates a proposal with the same rules (400)", async () => {
    const response = await propose(await as("larissa.representative"), workshop({ pillars: [] }));
    expect(response.statusCode).toBe(400);
  });
});
