import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actOn,
  postAccession,
  submittedAccession,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: SignedIn;
let trikalaOfficer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
  trikalaOfficer = await signInAs(ctx, "trikala.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

describe("POST /api/accessions/:id/withdraw", () => {
  it("lets the municipality withdraw before notification, after which a new declaration may start", async () => {
    const { id, municipality, officer, representative } = await submittedAccession(ctx);
    expect((await actOn(ctx.app, trikalaOfficer.headers, id, "withdraw")).statusCode).toBe(404);
    expect((await actOn(ctx.app, representative.headers, id, "withdraw")).statusCode).toBe(403);
    expect((await actOn(ctx.app, officer.headers, id, "withdraw")).statusCode).toBe(200);
    expect((await actOn(ctx.app, officer.headers, id, "withdraw")).statusCode).toBe(409);
    const row = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "withdrawn", closedOn: athensToday() });
    expect((await actOn(ctx.app, coordinator.headers, id, "notify")).statusCode).toBe(409);
    expect(
      (
        await postAccession(ctx.app, officer.headers, {
          municipalityId: municipality.id,
          ...validDeclaration(),
        })
      ).statusCode,
    ).toBe(201);
  });

  it("cannot withdraw a declaration already notified to the parties (409)", async () => {
    const { id, officer } = await submittedAccession(ctx);
    expect((await actOn(ctx.app, coordinator.headers, id, "notify", {})).statusCode).toBe(200);
    const late = await actOn(ctx.app, officer.headers, id, "withdraw");
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("INVALID_TRANSITION");
  });
});
