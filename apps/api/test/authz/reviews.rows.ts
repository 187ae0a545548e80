// Reviews, amendments, the MoU and the coordinators' dashboard (issue 7).
// Own municipality = larissa, other = trikala. The 2026-06-17 cycle has started on any
// date these tests run (it is overdue from 2026-06-18 on), so its routes reach the handler.
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  coordinatorOnly,
  everyone,
  OWN_MUNICIPALITY,
  type Persona,
  signedIn,
} from "./types.ts";

const ownOnly: AuthzRow["expect"] = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 403,
  representativeOwn: "allowed",
  representativeOther: 403,
};

const evaluation = {
  scores: { employability: 3, municipal_structures: 4, inclusion: 5 },
  achievements: "Επιτεύγματα",
  challenges: "Προκλήσεις",
  proposals: "",
};

/** A fresh proposal by the own municipality's representative (the matrix persona). */
async function amendmentOfOwnRepresentative(ctx: TestContext, _persona: Persona) {
  const proposer = await ctx.db.user.findUniqueOrThrow({
    where: { email: "representativeown@matrix.cni" },
  });
  const amendment = await ctx.db.amendment.create({
    data: {
      title: "Πρόταση",
      clause: "art-5",
      proposedText: "Νέο κείμενο",
      rationale: "Αιτιολογία",
      status: "proposed",
      proposerId: proposer.id,
      municipalityId: OWN_MUNICIPALITY,
      statusChanges: { create: { status: "proposed", byId: proposer.id } },
    },
  });
  return amendment.id;
}

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/reviews",
    request: () => ({ url: "/api/reviews" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn",
    request: () => ({ url: "/api/reviews/2026-06-17" }),
    expect: signedIn,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn/evaluations/:municipalityId",
    request: () => ({ url: `/api/reviews/2026-06-17/evaluations/${OWN_MUNICIPALITY}` }),
    expect: ownOnly,
  },
  {
    method: "PUT",
    route: "/api/reviews/:dueOn/evaluations/:municipalityId",
    request: () => ({
      url: `/api/reviews/2026-06-17/evaluations/${OWN_MUNICIPALITY}`,
      payload: evaluation,
    }),
    // coordinators never submit on a municipality's behalf
    expect: { ...ownOnly, coordinator: 403 },
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/open",
    request: () => ({ url: "/api/reviews/2028-06-17/open" }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/reminders",
    request: () => ({ url: "/api/reviews/2026-06-17/reminders" }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/reviews/:dueOn/close",
    request: () => ({ url: "/api/reviews/2026-06-17/close" }),
    expect: coordinatorOnly,
  },
  {
    method: "GET",
    route: "/api/reviews/:dueOn/report",
    request: () => ({ url: "/api/reviews/2026-06-17/report" }),
    expect: signedIn,
  },
  {
    method: "GET",
    route: "/api/amendments",
    request: () => ({ url: "/api/amendments" }),
    expect: signedIn,
  },
  {
    method: "GET",
    route: "/api/amendments/:id",
    request: async (ctx, persona) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, persona)}`,
    }),
    expect: signedIn,
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
    // representatives (and alternates) of any party; officers and coordinators do not propose
    expect: {
      anonymous: 401,
      coordinator: 403,
      officerOwn: 403,
      officerOther: 403,
      representativeOwn: "allowed",
      representativeOther: "allowed",
    },
  },
  {
    method: "POST",
    route: "/api/amendments/:id/comments",
    request: async (ctx, persona) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, persona)}/comments`,
      payload: { body: "Σχόλιο" },
    }),
    expect: signedIn,
  },
  {
    method: "POST",
    route: "/api/amendments/:id/status",
    request: async (ctx, persona) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, persona)}/status`,
      payload: { status: "under_discussion" },
    }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/amendments/:id/withdraw",
    request: async (ctx, persona) => ({
      url: `/api/amendments/${await amendmentOfOwnRepresentative(ctx, persona)}/withdraw`,
    }),
    // the proposer only (here: the own municipality's representative)
    expect: {
      anonymous: 401,
      coordinator: 403,
      officerOwn: 403,
      officerOther: 403,
      representativeOwn: "allowed",
      representativeOther: 403,
    },
  },
  {
    method: "GET",
    route: "/api/mou",
    request: () => ({ url: "/api/mou" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/dashboard",
    request: () => ({ url: "/api/dashboard" }),
    expect: coordinatorOnly,
  },
];
