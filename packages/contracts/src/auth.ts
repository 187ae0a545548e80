import { z } from "zod";
import { role } from "./enums.ts";
import { viewAs } from "./view-as.ts";

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
export const sessionUser = user
  .extend({
    applicant: z.boolean(),
    /**
     * "pending": a self-registered officer no coordinator has verified yet (it may only
     * draft its municipality's declaration); "refused": the coordinator refused it.
     */
    verification: z.enum(["pending", "verified", "refused"]),
    /** The refusal's reason, shown to the person. */
    refusalReason: z.string().nullable(),
    /**
     * Whether the account is today its municipality's designated representative or alternate
     * (the e-mail of the current designation): the powers of that role follow it.
     */
    designatedAs: z.enum(["representative", "alternate"]).nullable(),
  })
  .meta({ id: "SessionUser" });
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string(),
  /** Set while a coordinator views the portal as `user` (read-only). */
  viewAs: viewAs.nullable().optional(),
});
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

// ---- the person's own account (account page) -------------------------------------------

/** `PATCH /api/account`: the person's own name (same rule as users' names). */
export const renameAccountBody = z.object({ name: z.string().trim().min(2).max(200) });
export type RenameAccountBody = z.input<typeof renameAccountBody>;

/**
 * `POST /api/account/password`: the current password is required; the new one must be
 * long enough and not guessable (checked by the API: 422 WEAK_PASSWORD with the reason in
 * `errors[0].code`, one of `weak_common`, `weak_word`, `weak_personal`, `weak_pattern`,
 * `weak_date`, `weak_guessable`). The person's other sessions end.
 */
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: password,
});
export type ChangePasswordBody = z.input<typeof changePasswordBody>;

// ---- forgot password (only when the server sends e-mail) -------------------------------

/** `GET /api/auth/password-reset`: whether "forgot password" works on this server. */
export const passwordResetAvailability = z.object({ available: z.boolean() });
export type PasswordResetAvailability = z.infer<typeof passwordResetAvailability>;

/** `POST /api/auth/password-reset` → 202, the same whether the e-mail has an account or not. */
export const requestPasswordResetBody = z.object({ email });
export type RequestPasswordResetBody = z.input<typeof requestPasswordResetBody>;
export const requestPasswordResetResponse = z.object({ status: z.literal("accepted") });

/** Links carry the token in the URL fragment; the page sends it in the body. */
export const secretToken = z.string().min(16).max(200);

/** `POST /api/auth/password-reset/confirm`: single use; signs the person in. */
export const confirmPasswordResetBody = z.object({ token: secretToken, password });
export type ConfirmPasswordResetBody = z.input<typeof confirmPasswordResetBody>;

/** The reset link is valid this long. */
export const PASSWORD_RESET_MINUTES = 60;
