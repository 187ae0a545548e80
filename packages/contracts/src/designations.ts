// Designations: each party's representative and alternate (MoU: one of each), with history.
// A designation is an act of the municipality (a mayoral or a council decision); the powers
// of a representative follow the current designation (apps/api/src/lib/powers.ts).
import { z } from "zod";
import { person } from "./accessions.ts";
import { isoDate } from "./common.ts";
import { designationRole } from "./enums.ts";

export const DESIGNATION_ACT_KINDS = ["mayoral_decision", "council_decision"] as const;
export const designationActKind = z.enum(DESIGNATION_ACT_KINDS);
export type DesignationActKind = z.infer<typeof designationActKind>;

/** The act that designated the person (ΑΔΑ checked against the Diavgeia shape by the API). */
export const designationAct = z.object({
  kind: designationActKind,
  number: z.string().trim().min(1).max(30),
  date: isoDate,
  diavgeiaAda: z
    .string()
    .trim()
    .max(50)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type DesignationAct = z.infer<typeof designationAct>;
export type DesignationActInput = z.input<typeof designationAct>;

export const designation = person
  .extend({
    id: z.string(),
    role: designationRole,
    from: isoDate,
    to: isoDate.nullable(),
    phone: z.string().nullable(),
    position: z.string().nullable(),
    /** null for designations taken over from an accession declaration. */
    act: z
      .object({
        kind: designationActKind,
        number: z.string(),
        date: isoDate,
        diavgeiaAda: z.string().nullable(),
        documentId: z.string().nullable(),
      })
      .nullable(),
    /** Whether an account with this e-mail exists (else: "invite the designated person"). */
    hasAccount: z.boolean(),
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

/** PUT /api/municipalities/:id/designations/:role: the person and the act. */
export const designationBody = person.extend({ act: designationAct });
export type DesignationBody = z.input<typeof designationBody>;

/**
 * POST /api/designations/invitations (coordinator): an account and an invitation for every
 * currently designated person of a party who has no account yet.
 */
export const inviteDesignatedResponse = z.object({
  invited: z.array(
    z.object({
      municipalityId: z.string(),
      role: designationRole,
      email: z.string(),
      name: z.string(),
      invitationUrl: z.string(),
      emailed: z.boolean(),
    }),
  ),
});
export type InviteDesignatedResponse = z.infer<typeof inviteDesignatedResponse>;
