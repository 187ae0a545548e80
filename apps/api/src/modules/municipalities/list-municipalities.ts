import type { MembershipCounts, MunicipalityList } from "@cni/contracts/municipalities";
import type { IsoDate } from "@cni/domain/dates";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "@cni/domain/enums";
import { membershipSummaryOn } from "@cni/domain/membership";
import { compareGreek, normalizeForSearch, searchByNames } from "@cni/domain/text";
import type { Db } from "../../db/client.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "../../lib/parties.ts";
import { MUNICIPALITY_SELECT, toMunicipality } from "./municipality-row.ts";
import { municipalityNameIndex } from "./search-text.ts";

export type MunicipalityListFilter = {
  q?: string;
  status?: MembershipStatus[];
  region?: string;
  asOf: IsoDate;
};

/**
 * GET /api/municipalities — the directory: every municipality with its status as of `asOf`,
 * sorted in Greek, and the count per status (an `unknown` member is counted apart, never
 * as "not a member"). `q` finds a municipality by any name people use for it (search-text.ts):
 * the few hundred rows are matched in memory, as SQL cannot stem Greek or fold Latin spellings.
 */
export async function listMunicipalities(
  db: Db,
  { q, status, region, asOf }: MunicipalityListFilter,
): Promise<MunicipalityList> {
  const needle = q ? normalizeForSearch(q) : "";
  const found = await db.municipality.findMany({
    where: region ? { OR: [{ region }, { regionEn: region }] } : {},
    select: { ...MUNICIPALITY_SELECT, officialCode: true },
  });
  const rows = searchByNames(needle, found, municipalityNameIndex).map(
    ({ officialCode: _, ...row }) => row,
  );
  const facts = await loadMembershipFacts(db, needle || region ? rows.map((r) => r.id) : undefined);
  const all = rows.map((row) =>
    toMunicipality(row, membershipSummaryOn(facts.get(row.id) ?? EMPTY_FACTS, asOf)),
  );
  const counts = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, 0])) as MembershipCounts;
  for (const m of all) counts[m.status] += 1;
  const items = all
    .filter((m) => !status?.length || status.includes(m.status))
    .sort((a, b) => compareGreek(a.nameEl, b.nameEl));
  return { items, total: items.length, counts };
}
