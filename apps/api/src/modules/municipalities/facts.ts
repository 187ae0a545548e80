import { isMemberOn, type MembershipFacts } from "@cni/domain/membership";
import type { Db, Tx } from "../../db/client.ts";

/** What the membership rules need, per municipality, loaded in three queries. */
export async function loadMembershipFacts(
  db: Db | Tx,
  municipalityIds?: string[],
): Promise<Map<string, MembershipFacts>> {
  const where = municipalityIds ? { municipalityId: { in: municipalityIds } } : {};
  const [periods, withdrawals, applications] = await Promise.all([
    db.membershipPeriod.findMany({
      where,
      select: { municipalityId: true, startsOn: true, startsOnOrBefore: true },
    }),
    db.withdrawal.findMany({
      where,
      select: { municipalityId: true, notifiedOn: true, effectiveOn: true, rescindedOn: true },
    }),
    db.accession.findMany({
      where: { ...where, submittedOn: { not: null } },
      select: { municipalityId: true, submittedOn: true, closedOn: true },
    }),
  ]);
  const facts = new Map<string, MembershipFacts>();
  const factsOf = (id: string) => {
    let entry = facts.get(id);
    if (!entry) {
      entry = { periods: [], withdrawals: [], applications: [] };
      facts.set(id, entry);
    }
    return entry;
  };
  for (const p of periods) factsOf(p.municipalityId).periods.push(p);
  for (const w of withdrawals) factsOf(w.municipalityId).withdrawals.push(w);
  for (const a of applications) {
    factsOf(a.municipalityId).applications.push({
      submittedOn: a.submittedOn!,
      closedOn: a.closedOn,
    });
  }
  return facts;
}

export const EMPTY_FACTS: MembershipFacts = { periods: [], withdrawals: [], applications: [] };

/**
 * The parties on a date: members and withdrawing members (a withdrawal only takes effect
 * on its effective date). Used for notice recipients, review participants and counts.
 */
export async function partiesOn(db: Db | Tx, on: string): Promise<string[]> {
  const facts = await loadMembershipFacts(db);
  return [...facts.entries()]
    .filter(([, f]) => isMemberOn(f, on))
    .map(([id]) => id)
    .sort();
}
