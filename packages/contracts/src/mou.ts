// The Memorandum of Understanding as in force on a day: the 2024 text (from the draft that
// Serres' council approved) with the amendments adopted by then, each clause with its history.
import { z } from "zod";
import { isoDate } from "./common.ts";

export const mouQuery = z.object({
  /** The day whose text in force is wanted (Athens calendar); default today. */
  asOf: isoDate.optional(),
});

/** One adopted amendment that changed a clause or item. */
export const mouChange = z.object({
  amendmentId: z.string(),
  title: z.string(),
  /** In force from this day (the last party's consent). */
  adoptedOn: isoDate,
  municipalityId: z.string(),
  proposerNameEl: z.string(),
  proposerNameEn: z.string(),
  /** The Greek text before and after the change. */
  previousTextEl: z.string(),
  textEl: z.string(),
});
export type MouChange = z.infer<typeof mouChange>;

export const mouItem = z.object({
  id: z.string(),
  textEl: z.string(),
  /** The 2024 translation; null once the Greek text was amended (not translated). */
  textEn: z.string().nullable(),
  history: z.array(mouChange),
});
export type MouItem = z.infer<typeof mouItem>;

export const mouClause = z
  .object({
    /** Stable id, e.g. "art-5"; amendment proposals refer to it. */
    id: z.string(),
    /** "preamble", a numbered article, the closing formula, or a clause added by amendment. */
    kind: z.enum(["preamble", "article", "closing", "new"]),
    /** The portal's article number (the source text is not numbered); null otherwise. */
    number: z.number().int().nullable(),
    titleEl: z.string(),
    titleEn: z.string(),
    /** The Greek text in force (the source's text unless amended). */
    textEl: z.string(),
    /** The 2024 translation, for information; null once the Greek text was amended. */
    textEn: z.string().nullable(),
    /** Numbered items of the clause (the 8 activities, the 3 pillars). */
    items: z.array(mouItem),
    /** The adopted amendments that changed this clause's own text, oldest first. */
    history: z.array(mouChange),
  })
  .meta({ id: "MouClause" });
export type MouClause = z.infer<typeof mouClause>;

export const mouDocument = z
  .object({
    titleEl: z.string(),
    titleEn: z.string(),
    /** The day this text is in force on. */
    asOf: isoDate,
    /** Where the 2024 text comes from: the draft (ΣΧΕΔΙΟ) approved by Serres' council. */
    source: z.string(),
    /** Adopted amendments in force by `asOf`. */
    amendmentsInForce: z.number().int(),
    clauses: z.array(mouClause),
  })
  .meta({ id: "Mou" });
export type MouDocument = z.infer<typeof mouDocument>;
