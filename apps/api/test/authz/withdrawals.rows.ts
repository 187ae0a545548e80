// Withdrawals, the municipality timeline, members over time and the CSV export.
import { athensToday } from "@cni/domain/dates";
import { withdrawalDeadline } from "@cni/domain/withdrawal";
import type { TestContext } from "../helpers.ts";
import {
  type AuthzRow,
  everyone,
  noneOfTheNewPersonas,
  type Outcome,
  OWN_MUNICIPALITY,
  type Persona,
  partyMembers,
} from "./types.ts";

/** Any running withdrawal of OWN_MUNICIPALITY is revoked first, to keep the facts sane. */
async function clearWithdrawals(ctx: TestContext) {
  await ctx.db.withdrawal.updateMany({
    where: { municipalityId: OWN_MUNICIPALITY, status: { in: ["draft", "pending"] } },
    data: { status: "rescinded", rescindedOn: athensToday(), rescindedAt: new Date() },
  });
}

/** A withdrawal of OWN_MUNICIPALITY (stored directly), notified today unless a draft. */
async function withdrawalOf(ctx: TestContext, status: "draft" | "pending"): Promise<string> {
  await clearWithdrawals(ctx);
  const today = athensToday();
  const row = await ctx.db.withdrawal.create({
    data: {
      municipalityId: OWN_MUNICIPALITY,
      status,
      decisionNumber: `7/${today.slice(0, 4)}`,
      decisionDate: today,
      ...(status === "pending" ? { notifiedOn: today, ...withdrawalDeadline(today) } : {}),
    },
  });
  return row.id;
}

/** Own municipality's officer or a coordinator; others are not told the record exists. */
const actsOnOwnRecord: Record<Persona, Outcome> = {
  anonymous: 401,
  coordinator: "allowed",
  officerOwn: "allowed",
  officerOther: 404,
  representativeOwn: 403,
  representativeOther: 403,
  pendingOfficer: 403,
  applicantOfficer: 404,
  formerRepresentative: 403,
  representativeOfFormerMember: 403,
};

export const rows: AuthzRow[] = [
  {
    method: "POST",
    route: "/api/withdrawals",
    request: async (ctx, persona) => {
      if (persona === "coordinator" || persona === "officerOwn") await clearWithdrawals(ctx);
      return {
        url: "/api/withdrawals",
        payload: {
          municipalityId: OWN_MUNICIPALITY,
          councilDecision: { number: `7/${athensToday().slice(0, 4)}`, date: athensToday() },
        },
      };
    },
    // the client names the municipality: another one's is refused (403)
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
    method: "GET",
    route: "/api/withdrawals",
    request: () => ({ url: "/api/withdrawals" }),
    expect: partyMembers,
  },
  {
    method: "GET",
    route: "/api/withdrawals/:id",
    request: async (ctx) => ({ url: `/api/withdrawals/${await withdrawalOf(ctx, "pending")}` }),
    // another municipality's withdrawal is not even revealed
    expect: {
      anonymous: 401,
      coordinator: "allowed",
      officerOwn: "allowed",
      officerOther: 404,
      representativeOwn: "allowed",
      representativeOther: 404,
      // members' read
      pendingOfficer: 403,
      applicantOfficer: 403,
      formerRepresentative: "allowed",
      representativeOfFormerMember: 403,
    },
  },
  {
    method: "POST",
    route: "/api/withdrawals/:id/documents",
    // no file: the allowed personas get a 415/400 from the handler
    request: async (ctx) => ({
      url: `/api/withdrawals/${await withdrawalOf(ctx, "draft")}/documents`,
      payload: {},
    }),
    expect: actsOnOwnRecord,
  },
  {
    method: "POST",
    route: "/api/withdrawals/:id/notify",
    // no document yet: the allowed personas get 422 DOCUMENT_REQUIRED
    request: async (ctx) => ({
      url: `/api/withdrawals/${await withdrawalOf(ctx, "draft")}/notify`,
      payload: {},
    }),
    expect: actsOnOwnRecord,
  },
  {
    method: "POST",
    route: "/api/withdrawals/:id/rescind",
    // not multipart: the allowed personas get a 415 from the handler
    request: async (ctx) => ({
      url: `/api/withdrawals/${await withdrawalOf(ctx, "pending")}/rescind`,
      payload: {},
    }),
    expect: actsOnOwnRecord,
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
