import { describe, expect, it } from "vitest";
import { activityKit, workshop } from "../../../test/fixtures/activities.ts";
import type { SignedIn } from "../../../test/fixtures/personas.ts";
import { useTestApp } from "../../../test/helpers.ts";

const ctx = useTestApp();
const { as, createOk } = activityKit(() => ctx);

describe("participation of one's own municipality", () => {
  const mark = (agent: SignedIn, id: string, method: "POST" | "DELETE") =>
    ctx.app.inject({
      method,
      url: `/api/activities/${id}/participants/me`,
      headers: agent.headers,
    });

  it("marks and unmarks only the caller's municipality, idempotently, with audit", async () => {
    const activity = await createOk(
      workshop({ hostMunicipalityId: "athens", participantMunicipalityIds: ["trikala"] }),
    );
    const joined = await mark(await as("larissa.representative"), activity.id, "POST");
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ participantMunicipalityIds: ["larissa", "trikala"] });
    expect(
      (await mark(await as("larissa.representative"), activity.id, "POST")).json(),
    ).toMatchObject({
      participantMunicipalityIds: ["larissa", "trikala"],
    });
    // Larissa's representative leaving removes Larissa, never Trikala
    const left = await mark(await as("larissa.representative"), activity.id, "DELETE");
    expect(left.json()).toMatchObject({ participantMunicipalityIds: ["trikala"] });
    expect((await mark(await as("larissa.representative"), activity.id, "DELETE")).statusCode).toBe(
      200,
    );
    const actions = await ctx.db.auditEntry.findMany({
      where: { entityId: activity.id, action: { startsWith: "activity.participation" } },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "activity.participation.add",
      "activity.participation.remove",
    ]);
  });

  it("refuses the host, a cancelled activity, a non-party and a hidden activity", async () => {
    const hosted = await createOk(workshop({ hostMunicipalityId: "larissa" }));
    expect(
      (await mark(await as("larissa.representative"), hosted.id, "POST")).json(),
    ).toMatchObject({
      code: "HOST_MUNICIPALITY",
    });
    const cancelled = await createOk(
      workshop({ status: "cancelled", hostMunicipalityId: "athens" }),
    );
    const r = await mark(await as("larissa.representative"), cancelled.id, "POST");
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: "ACTIVITY_CANCELLED" });
    const open = await createOk(workshop({ hostMunicipalityId: "athens" }));
    // members only: the route refuses a municipality that is not a party (the applicant Serres)
    const serres = await mark(await as("serres.officer"), open.id, "POST");
    expect(serres.statusCode).toBe(403);
    expect(await ctx.db.activityParticipant.count({ where: { municipalityId: "serres" } })).toBe(0);
    // a proposal that is not published yet is not revealed
    const proposal = await ctx.db.activity.create({
      data: {
        titleEl: "Πρόταση",
        summary: "…",
        type: "event",
        startsOn: "2026-05-05",
        status: "planned",
        visibility: "public",
        published: false,
        searchText: "προταση",
        pillars: { create: [{ pillar: "inclusion" }] },
      },
    });
    expect((await mark(await as("larissa.representative"), proposal.id, "POST")).statusCode).toBe(
      404,
    );
    expect(
      (await mark(await as("larissa.representative"), "does-not-exist", "POST")).statusCode,
    ).toBe(404);
  });

  it("is not open to coordinators (they edit the participants instead)", async () => {
    const open = await createOk(workshop({ hostMunicipalityId: "athens" }));
    expect((await mark(await as("coordinator"), open.id, "POST")).statusCode).toBe(403);
  });
});
