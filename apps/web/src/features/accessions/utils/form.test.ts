// The declaration steps word every error in the UI language: the shared schema's English
// (a person's phone rule, the API's 422 message) never reaches the form.
import { person } from "@cni/contracts/accessions";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "@/lib/api-client";
import elAccessions from "../../../locales/el/accessions.json";
import elForms from "../../../locales/el/forms.json";
import { applyProblem, stepResolver } from "./form";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "el",
    resources: { el: { accessions: elAccessions, forms: elForms } },
    interpolation: { escapeValue: false },
  });
});

type Values = { representative: { name: string; email: string; phone: string } };

describe("the declaration steps' errors under el", () => {
  it("words a person's bad phone and missing name in Greek", async () => {
    const resolve = stepResolver<Values>(
      z.object({ representative: person }),
      (v) => v,
      i18n.getFixedT("el"),
    );
    const options = { fields: {}, shouldUseNativeValidation: false };
    const { errors } = await resolve(
      { representative: { name: "", email: "a@b.gr", phone: "call me" } },
      undefined,
      options,
    );
    expect(errors.representative?.name?.message).toBe(elForms.required);
    expect(errors.representative?.phone?.message).toBe(elForms.invalid);
  });

  it("words the API's field error by its code, not its English message", () => {
    const error = new ApiError({
      status: 422,
      title: "Unprocessable",
      code: "SAME_PERSON",
      errors: [
        {
          path: "alternate.email",
          message: "The representative and the alternate must be different people",
          code: "SAME_PERSON",
        },
        { path: "representative.phone", message: "Only digits, spaces and + ( ) . / -" },
      ],
    });
    const set: Record<string, string | undefined> = {};
    applyProblem(
      i18n.getFixedT("el"),
      error,
      (field, value) => {
        set[field] = value.message;
      },
      (path) => path,
    );
    expect(set).toEqual({
      "alternate.email": elForms.SAME_PERSON,
      "representative.phone": elForms.invalid,
    });
  });
});
