// "Applicant officers": an officer whose municipality is not a party today (it registered
// through POST /api/registrations, or its membership ended). Until its accession is
// notified such an officer may only draft and submit its own accession.
import { athensToday } from "@cni/domain/dates";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { isParty } from "../../lib/parties.ts";

/**
 * True for an officer whose municipality is not a party today. Coordinators and
 * representatives are never applicants (representatives are designated by members).
 */
export async function isApplicantOfficer(
  db: Db | Tx,
  user: Pick<SessionUser, "role" | "municipalityId">,
  on: string = athensToday(),
): Promise<boolean> {
  if (user.role !== "officer" || !user.municipalityId) return false;
  return !(await isParty(db, user.municipalityId, on));
}
