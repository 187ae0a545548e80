import { z } from "zod";
import { email } from "./auth.ts";
import { instant, pageQuery } from "./common.ts";
import { role } from "./enums.ts";

/** invited: has not set a password yet; active: can sign in; deactivated: cannot. */
export const USER_STATUSES = ["invited", "active", "deactivated"] as const;
export const userStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof userStatus>;

export const personName = z.string().trim().min(2).max(200);

export const VERIFICATIONS = ["pending", "verified", "refused"] as const;
export const verification = z.enum(VERIFICATIONS);
export type Verification = z.infer<typeof verification>;

/** POST /api/users/:id/refuse: the reason is told to the person. */
export const refuseUserBody = z.object({ reason: z.string().trim().min(3).max(1000) });
export type RefuseUserBody = z.infer<typeof refuseUserBody>;

export const accountMunicipality = z.object({
  id: z.string(),
  nameEl: z.string(),
  nameEn: z.string(),
});

/** A user as coordinators see it in the user administration. */
export const userAccount = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role,
    municipalityId: z.string().nullable(),
    municipality: accountMunicipality.nullable(),
    position: z.string().nullable(),
    active: z.boolean(),
    status: userStatus,
    /** When the latest unused invitation link expires (null: none pending). */
    invitationExpiresAt: instant.nullable(),
    lastLoginAt: instant.nullable(),
    createdAt: instant,
    /** pending: self-registered, not yet verified by a coordinator; refused: turned down. */
    verification: z.enum(VERIFICATIONS),
    refusalReason: z.string().nullable(),
    /** For a registration to check: the municipality's official code and switchboard. */
    official: z.object({ code: z.string(), phone: z.string().nullable() }).nullable(),
  })
  .meta({ id: "UserAccount" });
export type UserAccount = z.infer<typeof userAccount>;

export const createUserFields = z.object({
  email,
  name: personName,
  role,
  municipalityId: z.string().min(1).max(100).nullish(),
  position: z.string().trim().max(200).nullish(),
});

/** Coordinators belong to no municipality; officers and representatives to one. */
export const createUserBody = createUserFields.superRefine((value, ctx) => {
  if (value.role === "coordinator" && value.municipalityId) {
    ctx.addIssue({
      code: "custom",
      path: ["municipalityId"],
      message: "A coordinator does not belong to a municipality",
    });
  }
  if (value.role !== "coordinator" && !value.municipalityId) {
    ctx.addIssue({
      code: "custom",
      path: ["municipalityId"],
      message: "Officers and representatives belong to a municipality",
    });
  }
});
export type CreateUserBody = z.input<typeof createUserBody>;

export const invitationLink = z.object({
  /** The link to give to the person; shown once (only its hash is stored). */
  invitationUrl: z.string(),
  expiresAt: instant,
  /** Also queued as an e-mail to the person (SMTP configured). */
  emailed: z.boolean(),
});

export const createUserResponse = z.object({ user: userAccount }).extend(invitationLink.shape);
export type CreateUserResponse = z.infer<typeof createUserResponse>;

export const issueInvitationResponse = z.object({ user: userAccount }).extend(invitationLink.shape);
export type IssueInvitationResponse = z.infer<typeof issueInvitationResponse>;

export const listUsersQuery = pageQuery.extend({
  role: role.optional(),
  municipalityId: z.string().max(100).optional(),
  status: userStatus.optional(),
  verification: verification.optional(),
  /** Matches name and e-mail, case- and accent-insensitively. */
  q: z.string().trim().max(200).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;
export type ListUsersQueryInput = z.input<typeof listUsersQuery>;

export const userList = z.object({ items: z.array(userAccount), total: z.number().int() });
export type UserList = z.infer<typeof userList>;

export const updateUserBody = z.object({ active: z.boolean() });
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const userResponse = z.object({ user: userAccount });
