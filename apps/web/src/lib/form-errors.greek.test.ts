// Every form error a user sees is in the UI language: the shared schemas carry English
// messages for API clients (e.g. the phone rule of a person), and the one form-error mapper
// words issues by code from the real translation files instead.

import { person } from "@cni/contracts/accessions";
import { loginBody, password } from "@cni/contracts/auth";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import elForms from "../locales/el/forms.json";
import enForms from "../locales/en/forms.json";
import { formResolver } from "./form-errors";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "el",
    resources: { el: { forms: elForms }, en: { forms: enForms } },
    interpolation: { escapeValue: false },
  });
});

async function messages<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  schema: S,
  values: Record<string, unknown>,
  lng: "el" | "en",
): Promise<Record<string, string | undefined>> {
  const resolve = formResolver(schema, i18n.getFixedT(lng));
  const options = { fields: {}, shouldUseNativeValidation: false };
  const { errors } = await resolve(values as never, undefined, options);
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, error?.message as string | undefined]),
  );
}

// an English word (Greek messages may say "e-mail")
const latinWord = /[A-Za-z]{5,}/;

describe("form errors in the UI language", () => {
  it("words a person's errors in Greek under el, not the schema's English phone rule", async () => {
    // the contract says "Only digits, spaces and + ( ) . / -" for a bad phone
    const el = await messages(
      person,
      { name: "", email: "not-an-address", phone: "call me" },
      "el",
    );
    expect(el).toEqual({
      name: elForms.required,
      email: elForms.email,
      phone: elForms.invalid,
    });
    for (const message of Object.values(el)) expect(message).not.toMatch(latinWord);
  });

  it("words the same errors in English under en", async () => {
    const en = await messages(
      person,
      { name: "", email: "not-an-address", phone: "call me" },
      "en",
    );
    expect(en).toEqual({ name: enForms.required, email: enForms.email, phone: enForms.invalid });
  });

  it("words the sign-in form and a form's own refinement in Greek", async () => {
    expect(await messages(loginBody, { email: "", password: "" }, "el")).toEqual({
      email: elForms.required,
      password: elForms.required,
    });
    const newPassword = z
      .object({ password, confirm: z.string() })
      .refine((v) => v.password === v.confirm, {
        path: ["confirm"],
        message: "Passwords differ",
        params: { key: "passwordsDiffer" },
      });
    const el = await messages(
      newPassword,
      { password: "correct horse battery staple", confirm: "other" },
      "el",
    );
    expect(el).toEqual({ confirm: elForms.passwordsDiffer });
  });
});
