// The names a page of audit entries needs, in one query per kind of record: municipalities,
// accounts' e-mails, the municipality of each declaration or evaluation, the titles of
// activities and amendments. A record deleted since is simply not named.
import type { AuditMunicipality } from "@cni/contracts/audit";
import type { Db } from "../../db/client.ts";
import type { AuditNames, AuditRow } from "./describe-entry.ts";

const idsOf = (rows: readonly AuditRow[], entityType: string) => [
  ...new Set(rows.filter((row) => row.entityType === entityType).map((row) => row.entityId)),
];

/** Municipality ids an entry states itself (before/after), besides its entity. */
function statedMunicipalityIds(rows: readonly AuditRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const side of [row.before, row.after]) {
      if (side === null || typeof side !== "object") continue;
      const { municipalityId, participantMunicipalityIds } = side as Record<string, unknown>;
      if (typeof municipalityId === "string") ids.add(municipalityId);
      if (Array.isArray(participantMunicipalityIds))
        for (const id of participantMunicipalityIds) if (typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}

export async function resolveAuditNames(db: Db, rows: readonly AuditRow[]): Promise<AuditNames> {
  const [users, accessions, withdrawals, evaluations, amendments, activities] = await Promise.all([
    db.user.findMany({
      where: { id: { in: idsOf(rows, "user") } },
      select: { id: true, email: true },
    }),
    db.accession.findMany({
      where: { id: { in: idsOf(rows, "accession") } },
      select: { id: true, municipalityId: true },
    }),
    db.withdrawal.findMany({
      where: { id: { in: idsOf(rows, "withdrawal") } },
      select: { id: true, municipalityId: true },
    }),
    db.evaluation.findMany({
      where: { id: { in: idsOf(rows, "evaluation") } },
      select: { id: true, municipalityId: true },
    }),
    db.amendment.findMany({
      where: { id: { in: idsOf(rows, "amendment") } },
      select: { id: true, title: true },
    }),
    db.activity.findMany({
      where: { id: { in: idsOf(rows, "activity") } },
      select: { id: true, titleEl: true, titleEn: true },
    }),
  ]);
  const owners = new Map<string, string>(
    [...accessions, ...withdrawals, ...evaluations].map((row) => [row.id, row.municipalityId]),
  );
  const municipalityIds = [
    ...new Set([
      ...idsOf(rows, "municipality"),
      ...owners.values(),
      ...statedMunicipalityIds(rows),
    ]),
  ];
  const municipalities = await db.municipality.findMany({
    where: { id: { in: municipalityIds } },
    select: { id: true, nameEl: true, nameEn: true },
  });
  return {
    municipalities: new Map<string, AuditMunicipality>(
      municipalities.map((m) => [m.id, { kind: "municipality", ...m }]),
    ),
    users: new Map(users.map((user) => [user.id, user.email])),
    owners,
    titles: new Map([
      ...amendments.map((a) => [a.id, { el: a.title, en: null }] as const),
      ...activities.map((a) => [a.id, { el: a.titleEl, en: a.titleEn }] as const),
    ]),
  };
}
