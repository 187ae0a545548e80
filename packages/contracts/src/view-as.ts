// A coordinator's "view as": the portal as one officer or representative sees it,
// read-only (docs/decisions/113-view-as.md).
import { z } from "zod";
import { instant } from "./common.ts";
import { role } from "./enums.ts";

/** POST /api/view-as: whose view to open (an active officer's or representative's). */
export const startViewAsBody = z.object({ userId: z.string().min(1).max(64) });
export type StartViewAsBody = z.infer<typeof startViewAsBody>;

/**
 * Reported by GET /api/auth/session while a coordinator views as someone: `user` is then
 * the person viewed as, and this says who is really signed in.
 */
export const viewAs = z
  .object({
    /** The coordinator really signed in. */
    by: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    /** The account whose view is shown. */
    as: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role,
      municipalityId: z.string().nullable(),
      municipalityNameEl: z.string().nullable(),
      municipalityNameEn: z.string().nullable(),
    }),
    since: instant,
  })
  .meta({ id: "ViewAs" });
export type ViewAs = z.infer<typeof viewAs>;
