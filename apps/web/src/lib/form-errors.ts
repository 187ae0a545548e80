// Form validation messages in the user's language, for the form's own checks (the same zod
// schemas as the API, from packages/contracts) and for a 400/422 problem's field `errors`.
// One mapper for both, keyed by codes and paths, never by English message text: zod's issue
// codes word the generic cases through the "forms" namespace; a contract's own rules name
// themselves with a stable code (`params.code`, sent by the API as the error's `code`), which
// a feature words under its own key prefix (e.g. "activities:form.errors"), else "forms".
import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { TFunction } from "i18next";
import type { FieldError, FieldValues, Path, Resolver, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { isApiError } from "./api-client";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/** The message for a rule's own code: the feature's wording first, then the shared one. */
function ruleMessage(t: TFunction, code: string, keyPrefix?: string): string | undefined {
  const keys = [...(keyPrefix ? [`${keyPrefix}.${code}`] : []), `forms:${code}`];
  for (const key of keys) {
    const text = t(key, { defaultValue: "" });
    if (text) return text;
  }
  return undefined;
}

/** A feature's wording for one field and one zod code, e.g. "pillars.too_small". */
function fieldMessage(t: TFunction, issue: Issue, keyPrefix?: string): string | undefined {
  const path = (issue as { path?: PropertyKey[] }).path ?? [];
  if (!keyPrefix || path.length === 0) return undefined;
  return t(`${keyPrefix}.${String(path[0])}.${issue.code}`, { defaultValue: "" }) || undefined;
}

function messageFor(t: TFunction, issue: Issue, keyPrefix?: string): string {
  return fieldMessage(t, issue, keyPrefix) ?? genericMessage(t, issue, keyPrefix);
}

/** The contracts' dates are checked by a YYYY-MM-DD pattern; any other pattern is not a date. */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/.toString();
function isIsoDatePattern(issue: Issue): boolean {
  const pattern = (issue as { format?: string; pattern?: unknown }).pattern;
  return (issue as { format?: string }).format === "regex" && pattern === ISO_DATE_PATTERN;
}

function genericMessage(t: TFunction, issue: Issue, keyPrefix?: string): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? t("forms:required")
        : t("forms:invalid");
    case "too_small":
      if (issue.origin === "array") return t("forms:choose");
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
      if (issue.input === "" || issue.input === undefined) return t("forms:required");
      if (issue.format === "email") return t("forms:email");
      if (issue.format === "date" || isIsoDatePattern(issue)) {
        return ruleMessage(t, "invalidDate", keyPrefix) ?? t("forms:invalid");
      }
      return t("forms:invalid");
    case "invalid_value":
    case "invalid_union":
      return t("forms:choose");
    case "custom": {
      // a contract's rule names itself in `params.code`; a form's own refinement names a
      // key of the "forms" namespace in `params.key`
      const params = issue.params as { key?: unknown; code?: unknown } | undefined;
      const code = typeof params?.code === "string" ? params.code : params?.key;
      return (typeof code === "string" && ruleMessage(t, code, keyPrefix)) || t("forms:invalid");
    }
    default:
      return t("forms:invalid");
  }
}

/** The value at a dotted path of the form's values. */
function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * react-hook-form's resolver for a contract's schema, worded by issue codes only: a
 * schema's own (English) messages, meant for API clients, never reach the form.
 * `formResolver(activityInput, t, "activities:form.errors")`.
 */
export function formResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  t: TFunction,
  keyPrefix?: string,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join(".");
      if (errors[path]) continue;
      errors[path] = { type: issue.code, message: issueMessage(t, issue, values, keyPrefix) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/**
 * One issue of a failed parse, worded by its code (never by the schema's English message);
 * `values` is what was parsed, to tell an empty field from a wrong one. For a resolver of
 * its own (e.g. one that words some rules with figures); a form otherwise uses formResolver.
 */
export function issueMessage(
  t: TFunction,
  issue: z.core.$ZodIssue,
  values: unknown,
  keyPrefix?: string,
): string {
  const withInput = { ...issue, input: valueAt(values, issue.path) } as unknown as Issue;
  return messageFor(t, withInput, keyPrefix);
}

const SERVER_CODES: Record<string, string> = {
  too_small: "forms:invalid",
  too_big: "forms:invalid",
  invalid_format: "forms:invalid",
  invalid_type: "forms:invalid",
  invalid_value: "forms:choose",
};

/**
 * Words a server field error by its code (a rule's own code, the feature's wording for
 * that field and zod code, then zod's code); never by its text.
 */
export function serverFieldMessage(
  t: TFunction,
  code: string | undefined,
  keyPrefix?: string,
  field?: string,
) {
  if (!code) return t("forms:invalid");
  const forField =
    keyPrefix && field ? t(`${keyPrefix}.${field}.${code}`, { defaultValue: "" }) : "";
  return ruleMessage(t, code, keyPrefix) || forField || t(SERVER_CODES[code] ?? "forms:invalid");
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
  keyPrefix?: string,
): boolean {
  if (!isApiError(error) || error.errors.length === 0) return false;
  let applied = false;
  for (const fieldError of error.errors) {
    const path = mapPath(fieldError.path);
    if (!path || !fields.includes(path)) continue;
    const message = serverFieldMessage(t, fieldError.code, keyPrefix, path);
    setError(path as Path<T>, { type: "server", message }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
