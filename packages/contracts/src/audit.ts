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

/** A municipality named in an entry: the SPA words it («Δήμος Βόλου» / "Municipality of Volos"). */
export const auditMunicipality = z
  .object({
    kind: z.literal("municipality"),
    id: z.string(),
    nameEl: z.string(),
    nameEn: z.string(),
  })
  .meta({ id: "AuditMunicipality" });
export type AuditMunicipality = z.infer<typeof auditMunicipality>;
/** A title kept in Greek and, when given, English (activities, amendments). */
export const auditTitle = z
  .object({ kind: z.literal("title"), el: z.string(), en: z.string().nullable() })
  .meta({ id: "AuditTitle" });
/**
 * One parameter of an entry's summary. Strings that are ISO days ('2026-11-30') or instants
 * are dates for the reader's formatter; the keys `role`, `status`, `answer`, `kind`,
 * `defects`, `pillars` and `fields` hold codes the SPA words in the reader's language.
 */
export const auditParamValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  auditMunicipality,
  auditTitle,
]);
export type AuditParamValue = z.infer<typeof auditParamValue>;
export type AuditParams = Record<string, AuditParamValue>;

export const auditEntry = z
  .object({
    id: z.string(),
    at: instant,
    actor: auditActor,
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    /** The English sentence written with the entry (kept for compatibility; not translated). */
    summary: z.string(),
    /**
     * What the entry is about, named: a municipality, a title, an e-mail, a file name or a
     * date (null when the record is gone or has no name).
     */
    subject: z.object({ type: z.string(), id: z.string(), name: auditParamValue.nullable() }),
    /**
     * The entry's facts, for a summary in the reader's language (`action` + these); read
     * from the entry's before/after, so entries written before they existed have them too.
     */
    params: z.record(z.string(), auditParamValue),
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
