// Enumerates every /api route registered in Fastify and checks, for each kind of caller,
// the outcome declared in test/authz/*.rows.ts. A route without a row fails, so no
// future route can skip authorization review.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFormerMember } from "./authz/former-member.ts";
import {
  APPLICANT_MUNICIPALITY,
  type AuthzRow,
  FORMER_MUNICIPALITY,
  OTHER_MUNICIPALITY,
  type Outcome,
  OWN_MUNICIPALITY,
  PERSONAS,
  type Persona,
  personaEmail,
} from "./authz/types.ts";
import { type Agent, createTestApp, createUser, signIn, type TestContext } from "./helpers.ts";

const modules = import.meta.glob<{ rows: AuthzRow[] }>("./authz/*.rows.ts", { eager: true });
const rows = Object.values(modules).flatMap((m) => m.rows);
const key = (method: string, route: string) => `${method} ${route}`;

let ctx: TestContext;
const emails = new Map<Persona, string>();

beforeAll(async () => {
  ctx = await createTestApp();
  const make = async (
    persona: Persona,
    role: "coordinator" | "officer" | "representative",
    municipalityId: string | null,
    verification: "pending" | "verified" = "verified",
  ) => {
    const user = await createUser(ctx.db, { role, municipalityId, email: personaEmail(persona) });
    if (verification === "pending") {
      await ctx.db.user.update({ where: { id: user.id }, data: { verification } });
    }
    emails.set(persona, user.email);
  };
  await make("coordinator", "coordinator", null);
  await make("officerOwn", "officer", OWN_MUNICIPALITY);
  await make("officerOther", "officer", OTHER_MUNICIPALITY);
  await make("representativeOwn", "representative", OWN_MUNICIPALITY);
  await make("representativeOther", "representative", OTHER_MUNICIPALITY);
  await make("pendingOfficer", "officer", OWN_MUNICIPALITY, "pending");
  await make("applicantOfficer", "officer", APPLICANT_MUNICIPALITY);
  await make("formerRepresentative", "representative", OWN_MUNICIPALITY);
  await make("representativeOfFormerMember", "representative", FORMER_MUNICIPALITY);

  // Who is designated: the own representative replaced the former one; the former member's
  // representative was designated while it was a party, and it withdrew since.
  const designate = (municipalityId: string, persona: Persona, from: string, to: string | null) =>
    ctx.db.designation.create({
      data: {
        municipalityId,
        role: "representative",
        name: persona,
        email: personaEmail(persona),
        from,
        to,
      },
    });
  await designate(OWN_MUNICIPALITY, "formerRepresentative", "2024-06-17", "2025-03-01");
  await designate(OWN_MUNICIPALITY, "representativeOwn", "2025-03-01", null);
  await designate(OTHER_MUNICIPALITY, "representativeOther", "2024-06-17", null);
  await designate(FORMER_MUNICIPALITY, "representativeOfFormerMember", "2024-06-17", null);
  await makeFormerMember(ctx, FORMER_MUNICIPALITY);
});
afterAll(async () => {
  await ctx.app.close();
});

const agents = new Map<Persona, Agent>();
async function agentFor(persona: Persona): Promise<Agent | null> {
  const email = emails.get(persona);
  if (!email) return null;
  let agent = agents.get(persona);
  if (!agent) {
    agent = await signIn(ctx.app, email);
    agents.set(persona, agent);
  }
  return agent;
}

function matches(outcome: Outcome, status: number): boolean {
  if (outcome === "allowed") return status !== 401 && status !== 403 && status < 500;
  return status === outcome;
}

describe("authorization matrix", () => {
  it("has exactly one row for every registered /api route", () => {
    const registered = ctx.app.apiRoutes.map((r) => key(r.method, r.url)).sort();
    const covered = rows.map((r) => key(r.method, r.route));
    const duplicates = covered.filter((k, i) => covered.indexOf(k) !== i);
    expect(duplicates).toEqual([]);
    expect(registered.filter((k) => !covered.includes(k))).toEqual([]);
    expect(covered.filter((k) => !registered.includes(k))).toEqual([]);
  });

  it("gives every persona the declared outcome on every route (0 mismatches)", async () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      for (const persona of PERSONAS) {
        const request = await row.request(ctx, persona);
        const agent = await agentFor(persona);
        const response = await ctx.app.inject({
          method: row.method,
          url: request.url,
          payload: request.payload as Record<string, unknown> | undefined,
          headers: { ...(agent?.headers ?? {}), ...(request.headers ?? {}) },
        });
        if (row.endsSession) agents.delete(persona);
        const expected = row.expect[persona];
        if (!matches(expected, response.statusCode)) {
          mismatches.push(
            `${key(row.method, row.route)} as ${persona}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});
