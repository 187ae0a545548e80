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
    memberSinceOnOrBefore: isoDate.nullable(),
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

export const municipalityList = z.object({
  items: z.array(municipality),
  total: z.number().int(),
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
      submittedOn: isoDate.nullable(),
      notifiedOn: isoDate.nullable(),
    }),
  ),
  withdrawals: z.array(
    z.object({
      id: z.string(),
      declaredOn: isoDate,
      notifiedOn: isoDate,
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
