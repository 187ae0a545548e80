import { athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actOn,
  applicant,
  declarationWithoutPersons,
  getAs,
  pdfForm,
  postAccession,
  submittedAccession,
  tinyPdf,
  upload,
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

describe("POST /api/accessions/:id/submit", () => {
  it("needs the signatory and the council decision's document", async () => {
    const { municipality, officer } = await applicant(ctx);
    const partial = (
      await postAccession(ctx.app, officer.headers, {
        municipalityId: municipality.id,
        councilDecision: validDeclaration().councilDecision,
      })
    ).json();
    const incomplete = await actOn(ctx.app, officer.headers, partial.id, "submit");
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe("DECLARATION_INCOMPLETE");
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(["signatory"]);

    const { municipality: m2, officer: o2 } = await applicant(ctx);
    const complete = (
      await postAccession(ctx.app, o2.headers, { municipalityId: m2.id, ...validDeclaration() })
    ).json();
    const noDocument = await actOn(ctx.app, o2.headers, complete.id, "submit");
    expect(noDocument.statusCode).toBe(422);
    expect(noDocument.json().code).toBe("DOCUMENT_REQUIRED");
    // another kind of document is not the council decision
    await upload(ctx.app, o2.headers, complete.id, pdfForm(tinyPdf(), "mou.pdf", "signed_mou"));
    expect((await actOn(ctx.app, o2.headers, complete.id, "submit")).json().code).toBe(
      "DOCUMENT_REQUIRED",
    );
    expect((await ctx.db.accession.findUniqueOrThrow({ where: { id: complete.id } })).status).toBe(
      "draft",
    );
  });

  it("does not need the representative and alternate (designated once a party)", async () => {
    const { id, officer, municipality } = await submittedAccession(
      ctx,
      declarationWithoutPersons(),
    );
    const body = (await getAs(ctx.app, officer, `/api/accessions/${id}`)).json();
    expect(body).toMatchObject({
      status: "submitted",
      representative: null,
      alternate: null,
      submittedOn: athensToday(),
    });
    expect(body.submittedAt).toEqual(expect.any(String));
    // the municipality shows as an applicant now
    expect(
      (await getAs(ctx.app, null, `/api/municipalities/${municipality.id}`)).json().status,
    ).toBe("applicant");
  });

  it("is refused for another municipality's officer (404) and a representative (403), and twice (409)", async () => {
    const { id, representative, officer } = await submittedAccession(ctx);
    expect((await actOn(ctx.app, trikalaOfficer.headers, id, "submit")).statusCode).toBe(404);
    expect((await actOn(ctx.app, representative.headers, id, "submit")).statusCode).toBe(403);
    const twice = await actOn(ctx.app, officer.headers, id, "submit");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("INVALID_TRANSITION");
    expect((await actOn(ctx.app, coordinator.headers, id, "submit")).statusCode).toBe(409);
  });

  it("writes its audit entry", async () => {
    const { id } = await submittedAccession(ctx);
    const actions = (await ctx.db.auditEntry.findMany({ where: { entityId: id } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["accession.create", "accession.submit"]));
  });
});
