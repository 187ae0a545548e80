import { z } from "zod";
import { email, password, sessionUser } from "./auth.ts";
import { personName } from "./users.ts";

/** The 13 regions (περιφέρειες) of Greece, in Greek and English. */
export const GREEK_REGIONS = [
  { el: "Ανατολική Μακεδονία και Θράκη", en: "Eastern Macedonia and Thrace" },
  { el: "Κεντρική Μακεδονία", en: "Central Macedonia" },
  { el: "Δυτική Μακεδονία", en: "Western Macedonia" },
  { el: "Ήπειρος", en: "Epirus" },
  { el: "Θεσσαλία", en: "Thessaly" },
  { el: "Ιόνια Νησιά", en: "Ionian Islands" },
  { el: "Δυτική Ελλάδα", en: "Western Greece" },
  { el: "Στερεά Ελλάδα", en: "Central Greece" },
  { el: "Αττική", en: "Attica" },
  { el: "Πελοπόννησος", en: "Peloponnese" },
  { el: "Βόρειο Αιγαίο", en: "North Aegean" },
  { el: "Νότιο Αιγαίο", en: "South Aegean" },
  { el: "Κρήτη", en: "Crete" },
] as const;

const placeName = z.string().trim().min(2).max(120);

/** A municipality already in the directory (that is not a member today). */
export const existingMunicipality = z.strictObject({ id: z.string().min(1).max(100) });

/**
 * A municipality not yet in the directory. `nameEl` is the official Greek name, in the
 * genitive as on the council's papers ("Βόλου"; a leading "Δήμος" is dropped); `nameEn`
 * defaults to the Greek. `region` is one of GREEK_REGIONS (Greek or English).
 */
export const newMunicipality = z.object({
  nameEl: placeName,
  nameEn: placeName.nullish(),
  region: placeName,
  regionalUnit: placeName,
});

export const registrationBody = z.object({
  municipality: z.union([existingMunicipality, newMunicipality]),
  officer: z.object({
    name: personName,
    email,
    position: z.string().trim().min(2).max(200),
  }),
  password,
});
export type RegistrationBody = z.input<typeof registrationBody>;

/** The officer is signed in at once (session cookie set): this is the new session. */
export const registrationResponse = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  municipality: z.object({
    id: z.string(),
    nameEl: z.string(),
    nameEn: z.string(),
    created: z.boolean(),
  }),
});
export type RegistrationResponse = z.infer<typeof registrationResponse>;
