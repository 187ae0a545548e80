import type { AuditFacets } from "@cni/contracts/audit";
import type { Db } from "../../db/client.ts";

/** GET /api/audit/facets (coordinator): the entity types and actors in the log, for its filters. */
export async function listAuditFacets(db: Db): Promise<AuditFacets> {
  const [types, actors] = await Promise.all([
    db.auditEntry.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
    db.auditEntry.findMany({
      where: { actorId: { not: null } },
      distinct: ["actorId"],
      select: { actorId: true, actorLabel: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    entityTypes: types.map((t) => t.entityType),
    actors: actors
      .map((a) => ({
        id: a.actorId as string,
        label: a.actor?.email ?? a.actorLabel,
        name: a.actor?.name ?? null,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
