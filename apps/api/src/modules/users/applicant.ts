// "Applicant officers": an officer whose municipality is not a party today (it registered
// through POST /api/registrations, or its membership ended). Until its accession is
// accepted such an officer may only draft and submit its own accession; every other
// officer action should refuse it with `assertNotApplicant`.
import { athensToday } from "@cni/domain/dates";
import { isMemberOn } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { DomainError } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../municipalities/facts.ts";

/** True when the municipality is a party (member or withdrawing) on `on` (default today). */
export async function isPartyOn(
  db: Db | Tx,
  municipalityId: string,
  on: string = athensToday(),
): Promise<boolean> {
  const facts = await loadMembershipFacts(db, [municipalityId]);
  return isMemberOn(facts.get(municipalityId) ?? EMPTY_FACTS, on);
}

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
  return !(await isPartyOn(db, user.municipalityId, on));
}

/** 403 `APPLICANT_OFFICER` for an applicant officer (see isApplicantOfficer). */
export async function assertNotApplicant(db: Db | Tx, user: SessionUser): Promise<void> {
  if (await isApplicantOfficer(db, user)) {
    throw new DomainError(
      403,
      "APPLICANT_OFFICER",
      "Until its accession is accepted, the municipality can only draft and submit its accession",
    );
  }
}
