import { z } from "zod";
import { instant, isoDate, pageQuery } from "./common.ts";

export const auditQuery = pageQuery.extend({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(200).optional(),
  actorId: z.string().trim().max(100).optional(),
  /** Athens calendar days, both inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditQueryInput = z.input<typeof auditQuery>;

export const auditActor = z.object({
  /** null for the system (start-up, seed). */
  id: z.string().nullable(),
  /** The actor's e-mail when the entry was written, or "system". */
  label: z.string(),
  name: z.string().nullable(),
});

export const auditEntry = z
  .object({
    id: z.string(),
    at: instant,
    actor: auditActor,
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditList = z.object({
  items: z.array(auditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditList = z.infer<typeof auditList>;

/** The values the filters can take: entity types and actors that appear in the log. */
export const auditFacets = z.object({
  entityTypes: z.array(z.string()),
  actors: z.array(auditActor.extend({ id: z.string() })),
});
export type AuditFacets = z.infer<typeof auditFacets>;
