import { z } from "zod";
import { email, password } from "./auth.ts";
import { personName } from "./users.ts";

/** One of the 332 municipalities of Greece (Kleisthenis, in force since 2019). */
export const officialMunicipality = z
  .object({
    /** ELSTAT code, e.g. "1201" for Serres. */
    code: z.string(),
    /** The official name in the genitive, as on the council's papers ("Σερρών"). */
    nameEl: z.string(),
    nameEn: z.string(),
    regionalUnitEl: z.string(),
    regionalUnitEn: z.string(),
    regionEl: z.string(),
    regionEn: z.string(),
    /** The municipality's switchboard, when the source has it (else null: no number on file). */
    phone: z.string().nullable(),
    /** The directory record of this municipality, if there is one. */
    municipalityId: z.string().nullable(),
  })
  .meta({ id: "OfficialMunicipality" });
export type OfficialMunicipality = z.infer<typeof officialMunicipality>;

export const officialMunicipalitiesQuery = z.object({
  /** Nominative or genitive, Greek or English, with or without accents. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(400).optional(),
});
export type OfficialMunicipalitiesQuery = z.infer<typeof officialMunicipalitiesQuery>;

export const officialMunicipalityList = z.object({
  items: z.array(officialMunicipality),
  total: z.number().int(),
});
export type OfficialMunicipalityList = z.infer<typeof officialMunicipalityList>;

/** The municipality is picked from the official list by its code: no free text. */
export const registrationBody = z.object({
  municipality: z.strictObject({
    code: z
      .string()
      .trim()
      .regex(/^\d{4}$/),
  }),
  officer: z.object({
    name: personName,
    email,
    position: z.string().trim().min(2).max(200),
  }),
  password,
});
export type RegistrationBody = z.input<typeof registrationBody>;

/**
 * 202, the same answer whether or not the e-mail already had an account (no user
 * enumeration): nobody is signed in by registering. The new officer signs in with the
 * password it chose and is `verification: "pending"` until a coordinator verifies it; when
 * the e-mail was taken, its owner is told by e-mail (SMTP configured) and nothing changes.
 */
export const registrationResponse = z.object({
  municipality: z.object({
    code: z.string(),
    nameEl: z.string(),
    nameEn: z.string(),
  }),
});
export type RegistrationResponse = z.infer<typeof registrationResponse>;
