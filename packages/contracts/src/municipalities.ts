import { z } from "zod";
import { commaList, isoDate } from "./common.ts";
import { accessionStatus, membershipStatus, withdrawalStatus } from "./enums.ts";

export const municipality = z
  .object({
    id: z.string(),
    nameEl: z.string(),
    nameEn: z.string(),
    region: z.string(),
    regionEn: z.string(),
    regionalUnit: z.string(),
    regionalUnitEn: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    status: membershipStatus,
    founding: z.boolean(),
    memberSince: isoDate.nullable(),
    /** One of the 16 "on or before 2024-06-17" members: that bound (also while `unknown`). */
    memberSinceOnOrBefore: isoDate.nullable(),
    /** While withdrawing (or once former): the last day as a party, notifiedOn + 15. */
    withdrawalLastDayAsParty: isoDate.nullable(),
    /** While withdrawing (or once former): the first day no longer a party, notifiedOn + 16. */
    withdrawalEffectiveOn: isoDate.nullable(),
  })
  .meta({ id: "Municipality" });
export type Municipality = z.infer<typeof municipality>;

export const municipalityListQuery = z.object({
  q: z.string().max(200).optional(),
  status: commaList(membershipStatus).optional(),
  region: z.string().max(200).optional(),
  asOf: isoDate.optional(),
});
export type MunicipalityListQuery = z.input<typeof municipalityListQuery>;

/** How many municipalities have each status as of the day (after `q` and `region`). */
export const membershipCounts = z.record(membershipStatus, z.number().int());
export type MembershipCounts = z.infer<typeof membershipCounts>;

export const municipalityList = z.object({
  items: z.array(municipality),
  total: z.number().int(),
  /** Per status, before the `status` filter: e.g. as of 2020-01-01, 2 member and 16 unknown. */
  counts: membershipCounts,
});
export type MunicipalityList = z.infer<typeof municipalityList>;

export const municipalityDetailQuery = z.object({ asOf: isoDate.optional() });

export const membershipPeriod = z.object({
  basis: z.enum(["founding", "accession"]),
  from: isoDate.nullable(),
  fromOnOrBefore: isoDate.nullable(),
  until: isoDate.nullable(),
});

export const municipalityHistory = z.object({
  periods: z.array(membershipPeriod),
  accessions: z.array(
    z.object({
      id: z.string(),
      status: accessionStatus,
      decisionNumber: z.string(),
      decisionDate: isoDate,
      /** The council decision's Diavgeia posting code (public, as on Diavgeia). */
      diavgeiaAda: z.string().nullable(),
      submittedOn: isoDate.nullable(),
      notifiedOn: isoDate.nullable(),
    }),
  ),
  /** Notified withdrawals only (a draft is not yet an act towards the parties). */
  withdrawals: z.array(
    z.object({
      id: z.string(),
      decisionNumber: z.string().nullable(),
      decisionDate: isoDate,
      diavgeiaAda: z.string().nullable(),
      notifiedOn: isoDate,
      lastDayAsParty: isoDate,
      effectiveOn: isoDate,
      rescindedOn: isoDate.nullable(),
      status: withdrawalStatus,
    }),
  ),
});

export const municipalityDetail = municipality
  .extend({ history: municipalityHistory })
  .meta({ id: "MunicipalityDetail" });
export type MunicipalityDetail = z.infer<typeof municipalityDetail>;
