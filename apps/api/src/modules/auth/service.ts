import type { Role } from "@cni/domain/enums";
import type { SessionUser, StoredUser, Verification } from "../../lib/access.ts";

/** The one answer to a failed sign-in: unknown e-mail, wrong password, throttled, inactive. */
export const BAD_CREDENTIALS = "The e-mail or the password is not correct";

export const toSessionUser = (u: StoredUser): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  municipalityId: u.municipalityId,
  verification: u.verification as Verification,
});
