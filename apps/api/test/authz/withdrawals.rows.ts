// Withdrawals, the municipality timeline, members over time and the CSV export.
import { athensToday } from "@cni/domain/dates";
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  everyone,
  type Outcome,
  OWN_MUNICIPALITY,
  type Persona,
  signedIn,
} from "./types.ts";

/**
 * A pending withdrawal of OWN_MUNICIPALITY (stored directly, as filing would), so each
 * persona gets a fresh one. Any earlier open one is rescinded first to keep the facts sane.
 */
async function pendingWithdrawal(ctx: TestContext): Promise<string> {
  const today = athensToday();
  await ctx.db.withdrawal.updateMany({
    where: { municipalityId: OWN_MUNICIPALITY, rescindedOn: null },
    data: { rescindedOn: today, rescindedAt: new Date() },
  });
  const row = await ctx.db.withdrawal.create({
    data: {
      municipalityId: OWN_MUNICIPALITY,
      declaredOn: today,
      notifiedOn: today,
      effectiveOn: "2999-01-01",
    },
  });
  return row.id;
}

/** Own municipality's officer or a coordinator; others are refused or not told. */
const officerOrCoordinator: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 403,
  representativeOwn: 403,
  representativeOther: 403,
};

export const rows: AuthzRow[] = [
  {
    method: "POST",
    route: "/api/withdrawals",
    request: async (ctx, persona) => {
      // Clear the way so the allowed personas reach the rules (201 or a 409/422 is fine).
      if (persona === "coordinator" || persona === "officerOwn") {
        await ctx.db.withdrawal.updateMany({
          where: { municipalityId: OWN_MUNICIPALITY, rescindedOn: null },
          data: { rescindedOn: athensToday(), rescindedAt: new Date() },
        });
      }
      return {
        url: "/api/withdrawals",
        payload: { municipalityId: OWN_MUNICIPALITY, declaredOn: athensToday() },
      };
    },
    expect: officerOrCoordinator,
  },
  {
    method: "GET",
    route: "/api/withdrawals",
    request: () => ({ url: "/api/withdrawals" }),
    expect: signedIn,
  },
  {
    method: "GET",
    route: "/api/withdrawals/:id",
    request: async (ctx) => ({ url: `/api/withdrawals/${await pendingWithdrawal(ctx)}` }),
    // another municipality's withdrawal is not even revealed
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 404,
      representativeOwn: "allowed",
      representativeOther: 404,
    },
  },
  {
    method: "POST",
    route: "/api/withdrawals/:id/rescind",
    request: async (ctx) => ({ url: `/api/withdrawals/${await pendingWithdrawal(ctx)}/rescind` }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 404,
      representativeOwn: 403,
      representativeOther: 403,
    },
  },
  {
    method: "POST",
    route: "/api/withdrawals/:id/documents",
    // no file: the allowed personas get a 415/400 from the handler
    request: async (ctx) => ({
      url: `/api/withdrawals/${await pendingWithdrawal(ctx)}/documents`,
      payload: {},
    }),
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 404,
      representativeOwn: 403,
      representativeOther: 403,
    },
  },
  {
    method: "GET",
    route: "/api/municipalities/:id/timeline",
    request: () => ({ url: `/api/municipalities/${OWN_MUNICIPALITY}/timeline` }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/network/members-over-time",
    request: () => ({ url: "/api/network/members-over-time" }),
    expect: everyone,
  },
  {
    method: "GET",
    route: "/api/municipalities.csv",
    request: () => ({ url: "/api/municipalities.csv" }),
    expect: everyone,
  },
];
