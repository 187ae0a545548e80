// The Memorandum of Understanding as updated on 2024-06-17, clause by clause, with the
// adopted amendments attached to the clause they changed.
import { z } from "zod";
import { instant, isoDate } from "./common.ts";

export const mouAmendment = z.object({
  id: z.string(),
  title: z.string(),
  /** The clause or item it changed, e.g. "art-1.3" (attached to its article "art-1"). */
  clause: z.string(),
  proposedText: z.string(),
  decisionNote: z.string().nullable(),
  adoptedAt: instant,
  municipalityId: z.string(),
});
export type MouAmendment = z.infer<typeof mouAmendment>;

export const mouItem = z.object({
  id: z.string(),
  textEl: z.string(),
  textEn: z.string(),
});

export const mouClause = z
  .object({
    /** Stable id, e.g. "art-5"; amendment proposals refer to it. */
    id: z.string(),
    /** "preamble", a numbered article, or the closing formula. */
    kind: z.enum(["preamble", "article", "closing", "new"]),
    /** Article number (editorial numbering: the source text is not numbered); null otherwise. */
    number: z.number().int().nullable(),
    titleEl: z.string(),
    titleEn: z.string(),
    /** The Greek text exactly as in the source (council decision 210/2024). */
    textEl: z.string(),
    /** An English translation, for information; the Greek text prevails. */
    textEn: z.string(),
    /** Numbered items of the clause (the 8 activities, the 3 pillars). */
    items: z.array(mouItem),
    amendments: z.array(mouAmendment),
  })
  .meta({ id: "MouClause" });
export type MouClause = z.infer<typeof mouClause>;

export const mouDocument = z
  .object({
    titleEl: z.string(),
    titleEn: z.string(),
    signedOn: isoDate,
    source: z.string(),
    clauses: z.array(mouClause),
  })
  .meta({ id: "Mou" });
export type MouDocument = z.infer<typeof mouDocument>;
