// The registration form: the municipality is picked from the official list by its code;
// the body sent is the API's RegistrationBody. Same rules as the API's schemas.
import { password } from "@cni/contracts/auth";
import { type RegistrationBody, registrationBody } from "@cni/contracts/registrations";
import { z } from "zod";
import { passwordsMatch } from "./password-form";

export const registrationForm = z
  .object({
    municipalityCode: z.string().min(1),
    officer: registrationBody.shape.officer,
    password,
    confirm: z.string(),
  })
  .superRefine((value, ctx) => passwordsMatch(value, ctx), {
    // also while other fields have errors: every problem is shown at once
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });
export type RegistrationForm = z.infer<typeof registrationForm>;
export type RegistrationFormInput = z.input<typeof registrationForm>;

export function toRegistrationBody(value: RegistrationForm): RegistrationBody {
  return {
    municipality: { code: value.municipalityCode },
    officer: value.officer,
    password: value.password,
  };
}

export const REGISTRATION_FIELDS = [
  "municipalityCode",
  "officer.name",
  "officer.email",
  "officer.position",
  "password",
] as const;

/** Body paths of the API's field errors → the form's fields. */
export function formPathOf(path: string): string | undefined {
  if (path === "municipality.code") return "municipalityCode";
  return path;
}
