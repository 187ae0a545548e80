// The columns of a municipality shown publicly, and its status fields as of a day.
import type { Municipality } from "@cni/contracts/municipalities";
import type { MembershipSummary } from "@cni/domain/membership";

export const MUNICIPALITY_SELECT = {
  id: true,
  nameEl: true,
  nameEn: true,
  region: true,
  regionEn: true,
  regionalUnit: true,
  regionalUnitEn: true,
  lat: true,
  lon: true,
  founding: true,
} as const;

export type MunicipalityRow = Omit<
  Municipality,
  | "status"
  | "memberSince"
  | "memberSinceOnOrBefore"
  | "withdrawalLastDayAsParty"
  | "withdrawalEffectiveOn"
>;

export function toMunicipality(row: MunicipalityRow, summary: MembershipSummary): Municipality {
  return {
    ...row,
    status: summary.status,
    memberSince: summary.memberSince,
    memberSinceOnOrBefore: summary.memberSinceOnOrBefore,
    withdrawalLastDayAsParty: summary.withdrawalLastDayAsParty,
    withdrawalEffectiveOn: summary.withdrawalEffectiveOn,
  };
}
