import type { Municipality, MunicipalityDetail } from "@cni/contracts/municipalities";
import type { AccessionStatus, MembershipStatus } from "@cni/domain/enums";
import { membershipSummaryOn } from "@cni/domain/membership";
import { compareGreek, normalizeForSearch } from "@cni/domain/text";
import { withdrawalStatusOn } from "@cni/domain/withdrawal";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../lib/errors.ts";
import { EMPTY_FACTS, loadMembershipFacts } from "./facts.ts";

type MunicipalityRow = {
  id: string;
  nameEl: string;
  nameEn: string;
  region: string;
  regionEn: string;
  regionalUnit: string;
  regionalUnitEn: string;
  lat: number | null;
  lon: number | null;
  founding: boolean;
};

const SELECT = {
  id: true,
  nameEl: true,
  nameEn: true,
  region: true,
  regionEn: true,
  regionalUnit: true,
  regionalUnitEn: true,
  lat: true,
  lon: true,
  founding: true,
} as const;

function toMunicipality(
  row: MunicipalityRow,
  summary: ReturnType<typeof membershipSummaryOn>,
): Municipality {
  return {
    ...row,
    status: summary.status,
    memberSince: summary.memberSince,
    memberSinceOnOrBefore: summary.memberSinceOnOrBefore,
    withdrawalEffectiveOn: summary.withdrawalEffectiveOn,
  };
}

export type ListFilter = { q?: string; status?: MembershipStatus[]; region?: string; asOf: string };

/** The directory: every municipality with its status as of `asOf`, sorted in Greek. */
export async function listMunicipalities(db: Db, filter: ListFilter) {
  const needle = filter.q ? normalizeForSearch(filter.q) : "";
  const rows = await db.municipality.findMany({
    where: {
      ...(needle ? { searchText: { contains: needle } } : {}),
      ...(filter.region ? { OR: [{ region: filter.region }, { regionEn: filter.region }] } : {}),
    },
    select: SELECT,
  });
  const facts = await loadMembershipFacts(
    db,
    needle || filter.region ? rows.map((r) => r.id) : undefined,
  );
  const items = rows
    .map((row) =>
      toMunicipality(row, membershipSummaryOn(facts.get(row.id) ?? EMPTY_FACTS, filter.asOf)),
    )
    .filter((m) => !filter.status?.length || filter.status.includes(m.status))
    .sort((a, b) => compareGreek(a.nameEl, b.nameEl));
  return { items, total: items.length };
}

export async function getMunicipality(
  db: Db,
  id: string,
  asOf: string,
): Promise<MunicipalityDetail> {
  const row = await db.municipality.findUnique({ where: { id }, select: SELECT });
  if (!row) throw notFound("Municipality");
  const [facts, periods, accessions, withdrawals] = await Promise.all([
    loadMembershipFacts(db, [id]),
    db.membershipPeriod.findMany({ where: { municipalityId: id } }),
    db.accession.findMany({
      where: { municipalityId: id, status: { not: "draft" } },
      orderBy: { createdAt: "asc" },
    }),
    db.withdrawal.findMany({ where: { municipalityId: id }, orderBy: { notifiedOn: "asc" } }),
  ]);
  const summary = membershipSummaryOn(facts.get(id) ?? EMPTY_FACTS, asOf);
  const basisByStart = new Map(periods.map((p) => [p.startsOn ?? p.startsOnOrBefore, p.basis]));
  return {
    ...toMunicipality(row, summary),
    history: {
      periods: summary.periods.map((p) => ({
        basis:
          basisByStart.get(p.from ?? p.fromOnOrBefore) === "founding" ? "founding" : "accession",
        from: p.from,
        fromOnOrBefore: p.fromOnOrBefore,
        until: p.until,
      })),
      accessions: accessions.map((a) => ({
        id: a.id,
        status: a.status as AccessionStatus,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
        submittedOn: a.submittedOn,
        notifiedOn: a.notifiedOn,
      })),
      withdrawals: withdrawals.map((w) => ({
        id: w.id,
        declaredOn: w.declaredOn,
        notifiedOn: w.notifiedOn,
        effectiveOn: w.effectiveOn,
        rescindedOn: w.rescindedOn,
        status: withdrawalStatusOn(w, asOf),
      })),
    },
  };
}
