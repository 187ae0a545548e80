import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actOn, getAs, submittedAccession } from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
});
afterAll(async () => {
  await ctx.app.close();
});

const NOTE = "Η σελίδα 2 της απόφασης δεν διαβάζεται.";

describe("POST /api/accessions/:id/return", () => {
  it("returns for listed formal defects with a note; the officer sees both, fixes and resubmits", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const returned = await actOn(ctx.app, coordinator.headers, id, "return", {
      defects: ["document_missing_or_illegible", "decision_data_mismatch"],
      note: NOTE,
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: "returned",
      returnDefects: ["document_missing_or_illegible", "decision_data_mismatch"],
      returnNote: NOTE,
    });
    const seen = (await getAs(ctx.app, officer, `/api/accessions/${id}`)).json();
    expect(seen).toMatchObject({
      returnDefects: ["document_missing_or_illegible", "decision_data_mismatch"],
      returnNote: NOTE,
    });

    // the first submission date stays when it is resubmitted
    await ctx.db.accession.update({ where: { id }, data: { submittedOn: "2025-04-01" } });
    const patched = await ctx.app.inject({
      method: "PATCH",
      url: `/api/accessions/${id}`,
      headers: officer.headers,
      payload: { remarks: "Επισυνάφθηκε ευανάγνωστο αντίγραφο." },
    });
    expect(patched.statusCode).toBe(200);
    const resubmitted = await actOn(ctx.app, officer.headers, id, "submit");
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: "submitted", submittedOn: "2025-04-01" });

    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { entityId: id, action: "accession.return" },
    });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({
      returnDefects: ["document_missing_or_illegible", "decision_data_mismatch"],
    });
  });

  it.each([
    ["no defect", { defects: [], note: NOTE }],
    ["a defect that is not a formal one", { defects: ["not_convinced"], note: NOTE }],
    ["no note", { defects: ["other_formal_defect"], note: "  " }],
    ["the old body (a note alone)", { note: NOTE }],
  ])("refuses %s (400) and changes nothing", async (_label, body) => {
    const { id } = await submittedAccession(ctx);
    const response = await actOn(ctx.app, coordinator.headers, id, "return", body);
    expect(response.statusCode).toBe(400);
    expect((await ctx.db.accession.findUniqueOrThrow({ where: { id } })).status).toBe("submitted");
  });

  it("is for coordinators only, and only from submitted (409)", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const body = { defects: ["signatory_not_authorised"], note: NOTE };
    expect((await actOn(ctx.app, officer.headers, id, "return", body)).statusCode).toBe(403);
    expect((await actOn(ctx.app, coordinator.headers, id, "return", body)).statusCode).toBe(200);
    const again = await actOn(ctx.app, coordinator.headers, id, "return", body);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("INVALID_TRANSITION");
    // a returned declaration cannot be circulated until it is resubmitted
    expect((await actOn(ctx.app, coordinator.headers, id, "notify")).statusCode).toBe(409);
  });
});
