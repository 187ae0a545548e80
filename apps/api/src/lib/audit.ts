import type { AuditAction } from "@cni/contracts/audit-actions";
import type { Tx } from "../db/client.ts";
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

const auditRow = (entry: AuditInput) => ({
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
  await tx.auditEntry.create({ data: auditRow(entry) });
}

/**
 * Writes several audit entries of one act in one INSERT, inside the act's transaction. They
 * share one instant; the log orders them by id (cuids grow), so they read as written.
 */
export async function recordAudits(tx: Tx, entries: AuditInput[]): Promise<void> {
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries.map(auditRow) });
}
