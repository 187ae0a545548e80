// Designations: each party's representative and alternate (MoU: one of each), with history.
import { z } from "zod";
import { person } from "./accessions.ts";
import { isoDate } from "./common.ts";
import { designationRole } from "./enums.ts";

export const designation = person
  .extend({
    id: z.string(),
    role: designationRole,
    from: isoDate,
    to: isoDate.nullable(),
    phone: z.string().nullable(),
    position: z.string().nullable(),
  })
  .meta({ id: "Designation" });
export type Designation = z.infer<typeof designation>;

export const designations = z.object({
  representative: designation.nullable(),
  alternate: designation.nullable(),
  /** Every designation, newest first (current ones included). */
  history: z.array(designation),
});
export type Designations = z.infer<typeof designations>;

export const designationParams = z.object({
  id: z.string().min(1).max(100),
  role: designationRole,
});

/** PUT /api/municipalities/:id/designations/:role */
export const designationBody = person;
