import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applicant,
  declarationWithoutPersons,
  postAccession,
  validDeclaration,
} from "../../../test/accession-fixtures.ts";
import { type SignedIn, signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: SignedIn;
let larissaOfficer: SignedIn;
let trikalaOfficer: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await signInAs(ctx, "coordinator");
  larissaOfficer = await signInAs(ctx, "larissa.officer");
  trikalaOfficer = await signInAs(ctx, "trikala.officer");
});
afterAll(async () => {
  await ctx.app.close();
});

const post = (agent: SignedIn | null, body: unknown) =>
  postAccession(ctx.app, agent?.headers ?? null, body);

/** The declaration with some council-decision fields changed. */
function withDecision(change: Record<string, unknown>) {
  const declaration = validDeclaration();
  return { ...declaration, councilDecision: { ...declaration.councilDecision, ...change } };
}

describe("POST /api/accessions", () => {
  it("creates a draft for the officer's own municipality, with every council-decision figure", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...validDeclaration(),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      municipalityId: municipality.id,
      status: "draft",
      councilDecision: {
        number: "45/2025",
        agendaItem: "3",
        membersTotal: 33,
        membersPresentAtOpening: 29,
        membersPresent: 27,
        votesFor: 22,
        votesAgainst: 4,
        votesBlank: 1,
        castingVote: false,
        diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ",
      },
      signatory: { name: "Γιώργος Παπαδόπουλος", title: "Δήμαρχος" },
      representative: { name: "Ελένη Νικολάου", email: "eleni@example.gr" },
      alternate: { name: "Νίκος Γεωργίου", email: "nikos@example.gr", phone: null },
      returnDefects: [],
      submittedOn: null,
      documents: [],
    });
    expect(body.checks).toMatchObject({
      quorumNeeded: 17,
      quorumMet: true,
      adaValid: true,
      hasDocument: false,
    });
  });

  it("saves a draft with only the council decision (the form saves step by step)", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      councilDecision: validDeclaration().councilDecision,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      signatory: null,
      representative: null,
      alternate: null,
    });
  });

  it("takes Serres' figures: 25 at the opening, 22 at the vote, unanimous with 22 for", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...declarationWithoutPersons(),
      councilDecision: {
        number: "210/2024",
        session: "26",
        date: "2024-06-26",
        membersTotal: 35,
        membersPresentAtOpening: 25,
        membersPresent: 22,
        agendaItem: "5",
        vote: "unanimous",
        votesFor: 22,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().checks.problems).toEqual([]);
  });

  it("accepts a tie decided by the chair's casting vote", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...withDecision({ votesFor: 13, votesAgainst: 13, votesBlank: 1, castingVote: true }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().councilDecision).toMatchObject({ castingVote: true, votesFor: 13 });
  });

  it("stores a Latin-typed ΑΔΑ in Greek capitals", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...withDecision({ diavgeiaAda: "ψ4kpωλ7-bφh" }),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().councilDecision.diavgeiaAda).toBe("Ψ4ΚΡΩΛ7-ΒΦΗ");
  });

  it.each([
    [
      "35 present out of 25 (the Serres source's own slip)",
      {
        membersTotal: 25,
        membersPresentAtOpening: 35,
        membersPresent: 22,
        votesFor: 22,
        votesAgainst: null,
        votesBlank: null,
        vote: "unanimous",
      },
      "PRESENT_EXCEEDS_TOTAL",
      "councilDecision.membersPresentAtOpening",
    ],
    [
      "no quorum at the vote",
      {
        membersTotal: 35,
        membersPresent: 17,
        membersPresentAtOpening: null,
        votesFor: 9,
        votesAgainst: 0,
        votesBlank: 0,
      },
      "QUORUM_NOT_MET",
      "councilDecision.membersPresent",
    ],
    [
      "a majority without votes in favour",
      { votesFor: null },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a majority that is not one",
      { votesFor: 13, votesAgainst: 0, votesBlank: 0 },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a tie without the casting vote",
      { votesFor: 13, votesAgainst: 13, votesBlank: 0 },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a casting vote without a tie",
      { castingVote: true },
      "VOTES_INVALID",
      "councilDecision.castingVote",
    ],
    [
      "more votes than present",
      { votesFor: 22, votesAgainst: 5, votesBlank: 1 },
      "VOTES_INVALID",
      "councilDecision.votesFor",
    ],
    [
      "a decision in the future",
      {
        date: addCalendarDays(athensToday(), 1),
        number: `1/${addCalendarDays(athensToday(), 1).slice(0, 4)}`,
      },
      "DECISION_IN_FUTURE",
      "councilDecision.date",
    ],
    [
      "a number whose year is not the decision's",
      { number: "45/2024" },
      "DECISION_NUMBER_INVALID",
      "councilDecision.number",
    ],
    ["a malformed ΑΔΑ", { diavgeiaAda: "12345-6" }, "ADA_INVALID", "councilDecision.diavgeiaAda"],
  ])(
    "refuses %s with a 422 at the right field and stores nothing",
    async (_label, change, code, field) => {
      const { municipality, officer } = await applicant(ctx);
      const before = await ctx.db.accession.count();
      const response = await post(officer, {
        municipalityId: municipality.id,
        ...withDecision(change),
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const problem = response.json();
      expect(problem.code).toBe(code);
      expect(problem.errors).toContainEqual(expect.objectContaining({ path: field, code }));
      expect(await ctx.db.accession.count()).toBe(before);
    },
  );

  it("refuses the same person as representative and alternate (422 SAME_PERSON)", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...validDeclaration({
        alternate: { name: "Ελένη Νικολάου (αναπλ.)", email: "ELENI@example.gr " },
      }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("SAME_PERSON");
  });

  it.each([
    ["a text where a number is expected", { membersTotal: "thirty" }],
    ["a missing decision number", { number: undefined }],
    ["an impossible date", { date: "2025-02-30" }],
    ["an unknown vote", { vote: "acclamation" }],
    ["a casting vote that is not a yes/no", { castingVote: "chair" }],
  ])("rejects %s as malformed (400)", async (_label, change) => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...withDecision(change),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("VALIDATION_FAILED");
  });

  it("rejects a malformed e-mail of the representative (400, path named)", async () => {
    const { municipality, officer } = await applicant(ctx);
    const response = await post(officer, {
      municipalityId: municipality.id,
      ...validDeclaration({ representative: { name: "X", email: "not-an-email" } }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe("representative.email");
  });

  it("lets an officer declare only for their own municipality; refuses representatives and anonymous callers", async () => {
    const { municipality, representative } = await applicant(ctx);
    const body = { municipalityId: municipality.id, ...validDeclaration() };
    expect((await post(trikalaOfficer, body)).statusCode).toBe(403);
    expect((await post(representative, body)).statusCode).toBe(403);
    expect((await post(null, body)).statusCode).toBe(401);
    expect((await post(coordinator, body)).statusCode).toBe(201);
  });

  it("409s for a party and for a municipality with an open declaration; 404 for an unknown one", async () => {
    const member = await post(larissaOfficer, { municipalityId: "larissa", ...validDeclaration() });
    expect(member.statusCode).toBe(409);
    expect(member.json().code).toBe("ALREADY_MEMBER");
    const serres = await post(coordinator, { municipalityId: "serres", ...validDeclaration() });
    expect(serres.statusCode).toBe(409);
    expect(serres.json().code).toBe("OPEN_DECLARATION_EXISTS");
    expect(
      (await post(coordinator, { municipalityId: "atlantis", ...validDeclaration() })).statusCode,
    ).toBe(404);
  });

  it("never creates two open declarations when two are posted at once", async () => {
    const { municipality, officer } = await applicant(ctx);
    const body = { municipalityId: municipality.id, ...validDeclaration() };
    const responses = await Promise.all([
      post(officer, body),
      post(officer, body),
      post(officer, body),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await ctx.db.accession.count({ where: { municipalityId: municipality.id } })).toBe(1);
  });
});
