import { activityInput } from "@cni/contracts/activities";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client";
import { applyServerErrors, formResolver, serverFieldMessage } from "./form-errors";

// A t() over a few known keys: anything else is missing (its defaultValue, or the key).
const KNOWN = new Set([
  "forms:required",
  "forms:invalid",
  "forms:choose",
  "forms:invalidDate",
  "activities:form.errors.endsBeforeStart",
  "activities:form.errors.pillars.too_small",
  "activities:form.errors.UNKNOWN_MUNICIPALITY",
]);
const t = ((key: string, options?: { defaultValue?: string }) =>
  KNOWN.has(key) ? key : (options?.defaultValue ?? key)) as unknown as TFunction;

const valid = {
  titleEl: "Εργαστήριο",
  summary: "Περίληψη",
  type: "event",
  pillars: ["employability"],
  startsOn: "2026-03-10",
};

const resolve = formResolver(activityInput, t, "activities:form.errors");

async function messages(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const options = { fields: {}, shouldUseNativeValidation: false };
  const { errors } = await resolve(input as never, undefined, options);
  return Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, e?.message]));
}

describe("formResolver (issues worded by code, never by the schema's English)", () => {
  it("words a contract's rule by its code, or a field's zod code by the field, in the feature's namespace", async () => {
    expect(await messages({ ...valid, pillars: [], endsOn: "2026-03-09" })).toMatchObject({
      pillars: "activities:form.errors.pillars.too_small",
      endsOn: "activities:form.errors.endsBeforeStart",
    });
  });

  it("words an empty field as required and a bad date as a date, never in English", async () => {
    expect(await messages({ ...valid, titleEl: "", startsOn: "" })).toMatchObject({
      titleEl: "forms:required",
      startsOn: "forms:required",
    });
    expect((await messages({ ...valid, startsOn: "2026-02-30" })).startsOn).toBe(
      "forms:invalidDate",
    );
  });
});

describe("server field errors", () => {
  it("words a problem's field errors by their codes, not by their message", () => {
    expect(serverFieldMessage(t, "endsBeforeStart", "activities:form.errors")).toBe(
      "activities:form.errors.endsBeforeStart",
    );
    expect(serverFieldMessage(t, "UNKNOWN_MUNICIPALITY", "activities:form.errors")).toBe(
      "activities:form.errors.UNKNOWN_MUNICIPALITY",
    );
    expect(serverFieldMessage(t, "too_small", "activities:form.errors", "pillars")).toBe(
      "activities:form.errors.pillars.too_small",
    );
    expect(serverFieldMessage(t, "too_big")).toBe("forms:invalid");
    expect(serverFieldMessage(t, undefined)).toBe("forms:invalid");
  });

  it("puts each error on its form field (list items on the list), first one focused", () => {
    const error = new ApiError({
      status: 422,
      title: "Unprocessable",
      code: "UNKNOWN_MUNICIPALITY",
      errors: [
        { path: "participantMunicipalityIds.1", message: "Unknown", code: "UNKNOWN_MUNICIPALITY" },
        { path: "secret", message: "ignored", code: "invalid_type" },
      ],
    });
    const calls: [string, { message?: string }, { shouldFocus?: boolean }?][] = [];
    const applied = applyServerErrors(
      t,
      error,
      ((name: string, e: { message?: string }, o?: { shouldFocus?: boolean }) =>
        calls.push([name, e, o])) as never,
      ["participantMunicipalityIds"],
      (path) => path.split(".")[0],
      "activities:form.errors",
    );
    expect(applied).toBe(true);
    expect(calls).toEqual([
      [
        "participantMunicipalityIds",
        { type: "server", message: "activities:form.errors.UNKNOWN_MUNICIPALITY" },
        { shouldFocus: true },
      ],
    ]);
  });
});
