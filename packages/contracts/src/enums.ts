import {
  ACCESSION_STATUSES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AMENDMENT_STATUSES,
  DESIGNATION_ROLES,
  MEMBERSHIP_STATUSES,
  NOTICE_KINDS,
  PILLARS,
  REVIEW_STATUSES,
  ROLES,
  VISIBILITIES,
  WITHDRAWAL_STATUSES,
} from "@cni/domain/enums";
import { z } from "zod";

export const membershipStatus = z.enum(MEMBERSHIP_STATUSES);
export const role = z.enum(ROLES);
export const accessionStatus = z.enum(ACCESSION_STATUSES);
export const withdrawalStatus = z.enum(WITHDRAWAL_STATUSES);
export const activityType = z.enum(ACTIVITY_TYPES);
export const pillar = z.enum(PILLARS);
export const amendmentStatus = z.enum(AMENDMENT_STATUSES);
export const activityStatus = z.enum(ACTIVITY_STATUSES);
export const visibility = z.enum(VISIBILITIES);
export const noticeKind = z.enum(NOTICE_KINDS);
export const reviewStatus = z.enum(REVIEW_STATUSES);
export const designationRole = z.enum(DESIGNATION_ROLES);
