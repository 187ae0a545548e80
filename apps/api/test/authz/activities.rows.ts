import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  coordinatorOnly,
  everyone,
  type Outcome,
  OWN_MUNICIPALITY,
  type Persona,
} from "./types.ts";

const validBody = {
  titleEl: "Εργαστήριο",
  summary: "Περίληψη",
  type: "event",
  pillars: ["employability"],
  startsOn: "2026-06-01",
};

/** A fresh activity per persona, written straight to the database. */
async function activity(
  ctx: TestContext,
  data: { visibility?: string; published?: boolean; hostMunicipalityId?: string | null } = {},
) {
  const row = await ctx.db.activity.create({
    data: {
      titleEl: "Δράση πίνακα εξουσιοδότησης",
      summary: "authz",
      type: "event",
      startsOn: "2026-06-01",
      status: "planned",
      visibility: data.visibility ?? "public",
      published: data.published ?? true,
      hostMunicipalityId:
        data.hostMunicipalityId === undefined ? OWN_MUNICIPALITY : data.hostMunicipalityId,
      searchText: "δραση πινακα εξουσιοδοτησησ",
      pillars: { create: [{ pillar: "employability" }] },
    },
  });
  return row.id;
}

/** Officers and representatives of either municipality, not coordinators. */
const municipalUsers: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: 403,
  officerOwn: "allowed",
  officerOther: "allowed",
  representativeOwn: "allowed",
  representativeOther: "allowed",
  // members only: a verified account of a party today
  pendingOfficer: 403,
  applicantOfficer: 403,
  formerRepresentative: "allowed",
  representativeOfFormerMember: 403,
};

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/activities",
    request: () => ({ url: "/api/activities?pillar=employability" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/activities/matrix",
    request: () => ({ url: "/api/activities/matrix" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/activities.ics",
    request: () => ({ url: "/api/activities.ics" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/activities.csv",
    request: () => ({ url: "/api/activities.csv" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/activities/:id",
    // members-only: not revealed to anonymous callers
    request: async (ctx) => ({
      url: `/api/activities/${await activity(ctx, { visibility: "members" })}`,
    }),
    expect: {
      ...everyone,
      anonymous: 404,
      pendingOfficer: 404,
      applicantOfficer: 404,
      representativeOfFormerMember: 404,
    },
  },
  {
    method: "POST",
    route: "/api/activities",
    request: () => ({ url: "/api/activities", payload: validBody }),
    expect: coordinatorOnly,
  },
  {
    method: "PATCH",
    route: "/api/activities/:id",
    request: async (ctx) => ({
      url: `/api/activities/${await activity(ctx)}`,
      payload: { status: "completed" },
    }),
    expect: coordinatorOnly,
  },
  {
    method: "DELETE",
    route: "/api/activities/:id",
    request: async (ctx) => ({ url: `/api/activities/${await activity(ctx)}` }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/activities/proposals",
    request: () => ({ url: "/api/activities/proposals", payload: validBody }),
    expect: municipalUsers,
  },
  {
    method: "POST",
    route: "/api/activities/:id/publish",
    request: async (ctx) => ({
      url: `/api/activities/${await activity(ctx, { published: false })}/publish`,
    }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/activities/:id/participants/me",
    // hosted by another municipality: each persona may mark only its own participation
    request: async (ctx) => ({
      url: `/api/activities/${await activity(ctx, { hostMunicipalityId: "athens" })}/participants/me`,
    }),
    expect: municipalUsers,
  },
  {
    method: "DELETE",
    route: "/api/activities/:id/participants/me",
    request: async (ctx) => ({
      url: `/api/activities/${await activity(ctx, { hostMunicipalityId: "athens" })}/participants/me`,
    }),
    expect: municipalUsers,
  },
  {
    method: "GET",
    route: "/api/pillars/:pillar",
    request: () => ({ url: "/api/pillars/inclusion" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/me/pillars",
    request: () => ({ url: "/api/me/pillars" }),
    expect: municipalUsers,
  },
  {
    method: "PUT",
    route: "/api/me/pillars",
    request: () => ({ url: "/api/me/pillars", payload: { pillars: ["inclusion"] } }),
    expect: municipalUsers,
  },
];
