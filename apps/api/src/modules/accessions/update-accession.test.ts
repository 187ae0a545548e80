import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicant,
  postAccession,
  submittedAccession,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let trikalaOfficer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  trikalaOfficer = await signInAs(ctx, "trikala.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

const patch = (agent: SignedIn, id: string, payload: unknown) =>
  ctx.app.inject({
    method: "PATCH",
    url: `/api/accessions/${id}`,
    headers: agent.headers,
    payload: payload as Record<string, unknown>,
  });

describe("PATCH /api/accessions/:id", () => {
  it("updates a draft part by part and refuses rule violations without storing them", async () => {
    const { municipality, officer } = await applicant(ctx);
    const id = (
      await postAccession(ctx.app, officer.headers, {
        municipalityId: municipality.id,
        councilDecision: validDeclaration().councilDecision,
      })
    ).json().id;

    const ok = await patch(officer, id, {
      signatory: { name: "Μαρία Ιωάννου", title: "Δήμαρχος" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().signatory).toEqual({ name: "Μαρία Ιωάννου", title: "Δήμαρχος" });

    const bad = await patch(officer, id, {
      councilDecision: { ...validDeclaration().councilDecision, membersPresent: 40 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toContainEqual(
      expect.objectContaining({
        path: "councilDecision.membersPresent",
        code: "PRESENT_EXCEEDS_TOTAL",
      }),
    );
    const stored = await ctx.db.accession.findUniqueOrThrow({ where: { id } });
    expect(stored.membersPresent).toBe(27);

    expect((await patch(officer, id, { signatory: { name: "", title: "x" } })).statusCode).toBe(
      400,
    );
    expect((await patch(trikalaOfficer, id, { remarks: "x" })).statusCode).toBe(404);
  });

  it("refuses an alternate who is the stored representative (422 SAME_PERSON), and clears a person with null", async () => {
    const { municipality, officer } = await applicant(ctx);
    const id = (
      await postAccession(ctx.app, officer.headers, {
        municipalityId: municipality.id,
        ...validDeclaration(),
      })
    ).json().id;
    const same = await patch(officer, id, {
      alternate: { name: "Ελένη Νικολάου", email: "other@example.gr" },
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().code).toBe("SAME_PERSON");
    const cleared = await patch(officer, id, { representative: null, alternate: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ representative: null, alternate: null });
  });

  it("is refused (409) once submitted", async () => {
    const { id, officer } = await submittedAccession(ctx);
    const response = await patch(officer, id, { remarks: "late change" });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("NOT_EDITABLE");
  });
});
