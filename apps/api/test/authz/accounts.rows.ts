// Accounts, invitations, registration and the audit log (issue 3).
import { randomUUID } from "node:crypto";
import {
  APPLICANT_MUNICIPALITY,
  type AuthzRow,
  coordinatorOnly,
  everyone,
  OWN_MUNICIPALITY,
} from "./types.ts";

const unique = () => randomUUID().slice(0, 8);

export const rows: AuthzRow[] = [
  {
    method: "GET",
    route: "/api/users",
    request: () => ({ url: "/api/users?role=officer" }),
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/users",
    request: () => ({
      url: "/api/users",
      payload: {
        email: `matrix-${unique()}@test.cni`,
        name: "Matrix Invitee",
        role: "representative",
        municipalityId: OWN_MUNICIPALITY,
      },
    }),
    expect: coordinatorOnly,
  },
  {
    method: "PATCH",
    route: "/api/users/:id",
    request: async (ctx) => {
      const user = await ctx.db.user.create({
        data: {
          email: `matrix-${unique()}@test.cni`,
          name: "Matrix Target",
          role: "officer",
          municipalityId: OWN_MUNICIPALITY,
        },
      });
      return { url: `/api/users/${user.id}`, payload: { active: false } };
    },
    // officers cannot deactivate anyone, not even people of their own municipality
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/users/:id/verify",
    request: async (ctx) => {
      const user = await ctx.db.user.create({
        data: {
          email: `matrix-${unique()}@test.cni`,
          name: "Matrix Registrant",
          role: "officer",
          municipalityId: APPLICANT_MUNICIPALITY,
          verification: "pending",
        },
      });
      return { url: `/api/users/${user.id}/verify` };
    },
    // verifying who speaks for a municipality is a coordinator's act
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/users/:id/refuse",
    request: async (ctx) => {
      const user = await ctx.db.user.create({
        data: {
          email: `matrix-${unique()}@test.cni`,
          name: "Matrix Registrant",
          role: "officer",
          municipalityId: APPLICANT_MUNICIPALITY,
          verification: "pending",
        },
      });
      return {
        url: `/api/users/${user.id}/refuse`,
        payload: { reason: "Not known at the town hall" },
      };
    },
    expect: coordinatorOnly,
  },
  {
    method: "POST",
    route: "/api/users/:id/invitation",
    request: async (ctx) => {
      const user = await ctx.db.user.create({
        data: {
          email: `matrix-${unique()}@test.cni`,
          name: "Matrix Reinvite",
          role: "representative",
          municipalityId: OWN_MUNICIPALITY,
        },
      });
      return { url: `/api/users/${user.id}/invitation` };
    },
    expect: coordinatorOnly,
  },
  {
    method: "GET",
    route: "/api/invitations/:token",
    // an unknown token is a 404 for everyone: the link is the credential, not the session
    request: () => ({ url: `/api/invitations/${"x".repeat(43)}` }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/invitations/:token/accept",
    request: () => ({
      url: `/api/invitations/${"x".repeat(43)}/accept`,
      payload: { password: "a long enough password" },
    }),
    expect: everyone,
  },
  {
    method: "POST",
    route: "/api/registrations",
    // a member municipality (Larissa, 2201) cannot register: 409 for everyone, no session
    request: () => ({
      url: "/api/registrations",
      payload: {
        municipality: { code: "2201" },
        officer: {
          name: "Matrix Officer",
          email: `matrix-${unique()}@test.cni`,
          position: "Clerk",
        },
        password: "a long enough password",
      },
    }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/municipalities/official",
    request: () => ({ url: "/api/municipalities/official?q=σερρες" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/audit",
    request: () => ({ url: `/api/audit?entityType=municipality&entityId=${OWN_MUNICIPALITY}` }),
    expect: coordinatorOnly,
  },
  {
    method: "GET",
    route: "/api/audit/facets",
    request: () => ({ url: "/api/audit/facets" }),
    expect: coordinatorOnly,
  },
];
