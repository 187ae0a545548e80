import type { AuditList, AuditQuery } from "@cni/contracts/audit";
import { addCalendarDays, athensDateOf, parseIsoDate } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";

const HOUR_MS = 60 * 60 * 1000;

/** The instant an Athens calendar day begins (Athens is UTC+2, or UTC+3 in summer time). */
export function athensDayStart(date: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const summer = new Date(utcMidnight - 3 * HOUR_MS);
  return athensDateOf(summer) === date ? summer : new Date(utcMidnight - 2 * HOUR_MS);
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The audit log, newest first; `from`/`to` are Athens days, both included. */
export async function listAudit(db: Db, query: AuditQuery): Promise<AuditList> {
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
  return {
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: { id: row.actorId, label: row.actorLabel, name: row.actor?.name ?? null },
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      summary: row.summary,
      before: parseJson(row.before),
      after: parseJson(row.after),
    })),
    total,
    page,
    pageSize,
  };
}

/** The entity types and actors that occur in the log, for the filters. */
export async function auditFacets(db: Db) {
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
