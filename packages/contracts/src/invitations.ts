import { z } from "zod";
import { password, sessionUser } from "./auth.ts";
import { instant } from "./common.ts";
import { role } from "./enums.ts";
import { accountMunicipality } from "./users.ts";

/** The invitation lasts this long from when it is issued. */
export const INVITATION_DAYS = 7;

export const INVITATION_STATUSES = ["valid", "used", "expired", "revoked"] as const;
export const invitationStatus = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatus>;

export const tokenParams = z.object({ token: z.string().min(16).max(200) });

/**
 * What the invitation page shows. Only the holder of the link sees it; the person's name and
 * e-mail are included only while the link is valid.
 */
export const invitationView = z
  .object({
    status: invitationStatus,
    expiresAt: instant,
    invitee: z
      .object({
        name: z.string(),
        email: z.string(),
        role,
        municipality: accountMunicipality.nullable(),
        /** Accepting sets a new password for an account that already has one. */
        resetsPassword: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "InvitationView" });
export type InvitationView = z.infer<typeof invitationView>;

export const acceptInvitationBody = z.object({ password });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

/** Accepting signs the person in: the session cookie is set, and this is the new session. */
export const acceptInvitationResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponse>;

/**
 * The token in the body (`POST /api/invitations/lookup`, `POST /api/invitations/accept`):
 * links carry it in the URL fragment, which browsers never send, so it reaches no log.
 */
export const invitationTokenBody = z.object({ token: z.string().min(16).max(200) });
export const acceptInvitationWithTokenBody = z.object({
  token: z.string().min(16).max(200),
  password,
});
export type AcceptInvitationWithTokenBody = z.infer<typeof acceptInvitationWithTokenBody>;
