// Amendments and the MoU (issue 14). Own municipality = larissa, other = trikala. Proposing
// and withdrawing are powers of the current designation (the matrix's representatives are
// their municipality's designated representatives; the former representative is not).
import { athensToday } from "@cni/domain/dates";
import { answerForm } from "../amendment-fixtures.ts";
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  coordinatorOnly,
  everyone,
  noneOfTheNewPersonas,
  OTHER_MUNICIPALITY,
  OWN_MUNICIPALITY,
  partyMembers,
  personaEmail,
} from "./types.ts";

/** A fresh proposal by the own municipality's representative; circulated when asked. */
async function amendmentOfOwnRepresentative(ctx: TestContext, circulated = false) {
  const proposer = await ctx.db.user.findUniqueOrThrow({
    where: { email: personaEmail("representativeOwn") },
  });
  const amendment = await ctx.db.amendment.create({
    data: {
      title: "Πρόταση",
      clause: "art-5",
      proposedText: "Νέο κείμενο",
      rationale: "Αιτιολογία",
      status: circulated ? "circulated" : "proposed",
      circulatedOn: circulated ? athensToday() : null,
      proposerId: proposer.id,
      municipalityId: OWN_MUNICIPALITY,
      statusChanges: { create: { status: "proposed", byId: proposer.id } },
      parties: circulated
        ? {
            create: [{ municipalityId: OWN_MUNICIPALITY }, { municipalityId: OTHER_MUNICIPALITY }],
          }
        : undefined,
    },
  });
  return amendment.id;
}

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/amendments",
    request: () => ({ url: "/api/amendments" }),
    expect: partyMembers,
  },
  {
    method: "GET",
    route: "/api/amendments/:id",
    request: async (ctx) => ({ url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx)}` }),
    expect: partyMembers,
  },
  {
    method: "POST",
    route: "/api/amendments",
    request: () => ({
      url: "/api/amendments",
      payload: {
        title: "Πρόταση τροποποίησης",
        clause: "art-5",
        proposedText: "Νέο κείμενο",
        rationale: "Αιτιολογία",
      },
    }),
    // the current designated representative or alternate of a party, nobody else
    expect: {
      anonymous: 401,
      coordinator: 403,
      officerOwn: 403,
      officerOther: 403,
      representativeOwn: "allowed",
      representativeOther: "allowed",
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "POST",
    route: "/api/amendments/:id/comments",
    request: async (ctx) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx)}/comments`,
      payload: { body: "Σχόλιο" },
    }),
    expect: partyMembers,
  },
  {
    method: "POST",
    route: "/api/amendments/:id/circulate",
    request: async (ctx) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx)}/circulate`,
    }),
    expect: coordinatorOnly,
  },
  {
    method: "PUT",
    route: "/api/amendments/:id/consents/:municipalityId",
    request: async (ctx) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, true)}/consents/${OWN_MUNICIPALITY}`,
      payload: answerForm({}),
    }),
    // the party's own (verified) officer, or a coordinator recording its decision
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 403,
      representativeOwn: 403,
      representativeOther: 403,
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "POST",
    route: "/api/amendments/:id/reminders",
    request: async (ctx) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, true)}/reminders`,
    }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/amendments/:id/status",
    request: async (ctx) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx)}/status`,
      payload: { status: "withdrawn" },
    }),
    // the proposer only (here: the own municipality's representative)
    expect: {
      anonymous: 401,
      coordinator: 403,
      officerOwn: 403,
      officerOther: 403,
      representativeOwn: "allowed",
      representativeOther: 403,
      ...noneOfTheNewPersonas,
    },
  },
  {
    method: "GET",
    route: "/api/mou",
    request: () => ({ url: "/api/mou" }),
    expect: everyone,
  },
];
