// Form validation messages in the user's language. The SPA validates with the same zod
// schemas as the API (packages/contracts); this error map words zod's issues through the
// "forms" namespace, and `applyServerErrors` puts a problem+json's field `errors` next to
// the right fields.
import type { TFunction } from "i18next";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { isApiError } from "./api-client";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

function messageFor(t: TFunction, issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? t("forms:required")
        : t("forms:invalid");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("forms:required")
          : t("forms:minLength", { count: Number(issue.minimum) });
      }
      return t("forms:tooSmall", { minimum: String(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("forms:maxLength", { count: Number(issue.maximum) });
      return t("forms:tooBig", { maximum: String(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("forms:email");
      if (issue.format === "regex" || issue.format === "date") return t("forms:invalid");
      return t("forms:invalid");
    case "invalid_value":
    case "invalid_union":
      return t("forms:choose");
    case "custom": {
      // custom issues name a key of the "forms" namespace in `params.key` (and no message)
      const key = (issue.params as { key?: unknown } | undefined)?.key;
      return typeof key === "string" ? t(`forms:${key}`) : t("forms:invalid");
    }
    default:
      return t("forms:invalid");
  }
}

/**
 * Pass as the `error` option of zodResolver's parse params. A form's own refinements
 * add issues without a message and with `params: { key }` naming a "forms" key.
 */
export function zodErrorMap(t: TFunction): z.core.$ZodErrorMap {
  return (issue) => messageFor(t, issue);
}

/** Words a server field error by its code when we know it, else shows the server's text. */
function serverMessage(t: TFunction, error: { message: string; code?: string }): string {
  const byCode: Record<string, string> = {
    too_small: "forms:invalid",
    too_big: "forms:invalid",
    invalid_format: "forms:invalid",
    invalid_type: "forms:invalid",
    invalid_value: "forms:choose",
  };
  const key = error.code ? byCode[error.code] : undefined;
  return key ? t(key) : error.message;
}

/**
 * Shows a 400/422 problem's field errors next to the form's fields (`path` as in the body,
 * e.g. "officer.email"). `mapPath` translates body paths to form paths where they differ.
 * Returns true when at least one field got a message.
 */
export function applyServerErrors<T extends FieldValues>(
  t: TFunction,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  mapPath: (path: string) => string | undefined = (path) => path,
): boolean {
  if (!isApiError(error) || error.errors.length === 0) return false;
  let applied = false;
  for (const fieldError of error.errors) {
    const path = mapPath(fieldError.path);
    if (!path || !fields.includes(path)) continue;
    setError(path as Path<T>, { type: "server", message: serverMessage(t, fieldError) });
    applied = true;
  }
  return applied;
}
