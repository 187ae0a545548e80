import type { AuditList, AuditQuery } from "@cni/contracts/audit";
import { addCalendarDays, athensDayStart } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import { describeEntry, subjectName } from "./describe-entry.ts";
import { resolveAuditNames } from "./resolve-names.ts";

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * GET /api/audit (coordinator): the log, newest first; `from`/`to` are Athens days, both
 * included. Each entry carries its action code and structured parameters (names included)
 * so the SPA words it in the reader's language; `summary` is the English sentence as written.
 */
export async function listAudit(db: Db, { query }: { query: AuditQuery }): Promise<AuditList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const at = {
    ...(query.from ? { gte: athensDayStart(query.from) } : {}),
    ...(query.to ? { lt: athensDayStart(addCalendarDays(query.to, 1)) } : {}),
  };
  const where = {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.from || query.to ? { at } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  const parsed = rows.map((row) => ({
    ...row,
    before: parseJson(row.before),
    after: parseJson(row.after),
  }));
  const names = await resolveAuditNames(db, parsed);
  return {
    items: parsed.map((row) => {
      const params = describeEntry(row, names);
      return {
        id: row.id,
        at: row.at.toISOString(),
        actor: { id: row.actorId, label: row.actorLabel, name: row.actor?.name ?? null },
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        summary: row.summary,
        subject: {
          type: row.entityType,
          id: row.entityId,
          name: subjectName(row, params, names),
        },
        params,
        before: row.before,
        after: row.after,
      };
    }),
    total,
    page,
    pageSize,
  };
}
