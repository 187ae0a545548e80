import { z } from "zod";
import { role } from "./enums.ts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export const user = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role,
    municipalityId: z.string().nullable(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof user>;

/**
 * The signed-in user as the session and login report it. `applicant` is true for an
 * officer whose municipality is not a party today (registered through
 * `POST /api/registrations`, or a former member): until its accession is accepted it may
 * only draft and submit its own accession.
 */
export const sessionUser = user.extend({ applicant: z.boolean() }).meta({ id: "SessionUser" });
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({ user: sessionUser.nullable(), csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const loginBody = z.object({
  email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.input<typeof loginBody>;

export const loginResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

export const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
