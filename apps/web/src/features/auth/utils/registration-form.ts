// The registration form: the municipality is either picked from the directory or typed
// in; the body sent is the API's RegistrationBody. Same rules as the API's schemas.
import { password } from "@cni/contracts/auth";
import {
  newMunicipality,
  type RegistrationBody,
  registrationBody,
} from "@cni/contracts/registrations";
import { z } from "zod";
import { passwordsMatch } from "./password-form";

export const registrationForm = z
  .object({
    mode: z.enum(["existing", "new"]),
    municipalityId: z.string(),
    nameEl: z.string(),
    nameEn: z.string(),
    region: z.string(),
    regionalUnit: z.string(),
    officer: registrationBody.shape.officer,
    password,
    confirm: z.string(),
  })
  .superRefine(
    (value, ctx) => {
      passwordsMatch(value, ctx);
      if (value.mode === "existing") {
        if (!value.municipalityId) {
          ctx.addIssue({ code: "custom", path: ["municipalityId"], params: { key: "required" } });
        }
        return;
      }
      const parsed = newMunicipality.safeParse(newMunicipalityOf(value));
      if (!parsed.success) {
        for (const { message: _english, ...issue } of parsed.error.issues) {
          // without its message, the issue is worded by the form's error map
          ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
        }
      }
    },
    // also while other fields have errors: every problem is shown at once
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type RegistrationForm = z.infer<typeof registrationForm>;
export type RegistrationFormInput = z.input<typeof registrationForm>;

function newMunicipalityOf(
  value: Pick<RegistrationForm, "nameEl" | "nameEn" | "region" | "regionalUnit">,
) {
  return {
    nameEl: value.nameEl,
    nameEn: value.nameEn.trim() ? value.nameEn : null,
    region: value.region,
    regionalUnit: value.regionalUnit,
  };
}

export function toRegistrationBody(value: RegistrationForm): RegistrationBody {
  return {
    municipality:
      value.mode === "existing" ? { id: value.municipalityId } : newMunicipalityOf(value),
    officer: value.officer,
    password: value.password,
  };
}

export const REGISTRATION_FIELDS = [
  "municipalityId",
  "nameEl",
  "nameEn",
  "region",
  "regionalUnit",
  "officer.name",
  "officer.email",
  "officer.position",
  "password",
] as const;

/** Body paths of the API's field errors → the form's fields. */
export function formPathOf(path: string): string | undefined {
  if (path === "municipality.id") return "municipalityId";
  if (path.startsWith("municipality.")) return path.slice("municipality.".length);
  return path;
}
