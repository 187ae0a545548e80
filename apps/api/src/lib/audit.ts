import type { AuditAction } from "@cni/contracts/audit-actions";
import type { Tx } from "../db/client.ts";
import { newCuid } from "../db/cuid.ts";
import { insertRows } from "../db/raw-rows.ts";
import type { Sql } from "../db/sql.ts";
import type { SessionUser } from "./access.ts";

export type { AuditAction } from "@cni/contracts/audit-actions";

export type AuditInput = {
  actor: SessionUser | null;
  /** One of the registry `@cni/contracts/audit-actions` (a typo does not compile). */
  action: AuditAction;
  entityType: string;
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
};

const auditRow = (entry: AuditInput, at: Date) => ({
  id: newCuid(),
  at,
  actorId: entry.actor?.id ?? null,
  actorLabel: entry.actor?.email ?? "system",
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  summary: entry.summary,
  before: entry.before === undefined ? null : JSON.stringify(entry.before),
  after: entry.after === undefined ? null : JSON.stringify(entry.after),
});

/** Writes one audit entry. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await recordAudits(tx, [entry]);
}

/**
 * Writes the audit entries of one act in one raw INSERT (decision 131: every write pays
 * ≈ 1 ms of Prisma's query building otherwise), inside the act's transaction, stored exactly
 * as Prisma stores them (audit.test.ts). They share one instant; the log orders them by id
 * (cuids grow), so they read as written.
 */
export async function recordAudits(tx: Tx | Sql, entries: AuditInput[]): Promise<void> {
  const at = new Date();
  await insertRows(
    tx,
    "AuditEntry",
    entries.map((entry) => auditRow(entry, at)),
  );
}
