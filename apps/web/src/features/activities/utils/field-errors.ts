// One way to word a field error, whether it comes from the form's own validation (the
// shared zod schema) or from a 400/422 of the API: by the rule's stable message first,
// then by the kind of problem. The keys live in locales/<lang>/activities.json.
import { ACTIVITY_ISSUES, type ActivityIssue } from "@cni/contracts/activities";
import type { TFunction } from "i18next";
import type { FieldError as ApiFieldError } from "@/lib/api-client";

const ISSUE_BY_MESSAGE = new Map<string, ActivityIssue>(
  Object.entries(ACTIVITY_ISSUES).map(([key, message]) => [message, key as ActivityIssue]),
);

const DATE_FIELDS = new Set(["startsOn", "endsOn", "fundingDeadline"]);

export function fieldErrorText(
  t: TFunction,
  field: string,
  error: { type?: string; message?: string } | undefined,
  value?: unknown,
): string | undefined {
  if (!error) return undefined;
  const issue = error.message ? ISSUE_BY_MESSAGE.get(error.message) : undefined;
  if (issue) return t(`form.errors.${issue}`, { ns: "activities" });
  const empty =
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0);
  if (empty && !error.type?.match(/^[A-Z_]+$/)) {
    return t("form.errors.required", { ns: "activities" });
  }
  switch (error.type) {
    case "UNKNOWN_MUNICIPALITY":
      return t("form.errors.unknownMunicipality", { ns: "activities" });
    case "PARTICIPANT_NOT_OWN":
      return t("form.errors.participantNotOwn", { ns: "activities" });
    case "too_big":
      return t("form.errors.tooLong", { ns: "activities" });
    case "too_small":
      return t(DATE_FIELDS.has(field) ? "form.errors.invalidDate" : "form.errors.required", {
        ns: "activities",
      });
    case "invalid_value":
      return t("form.errors.choose", { ns: "activities" });
    default:
      if (DATE_FIELDS.has(field)) return t("form.errors.invalidDate", { ns: "activities" });
      return t("form.errors.invalid", { ns: "activities" });
  }
}

/** The form field an API error path belongs to ("participantMunicipalityIds.0" → the list). */
export function fieldOfPath(path: string): string {
  return path.split(".")[0] ?? path;
}

/** API errors grouped by field (the first per field). */
export function apiErrorsByField(errors: ApiFieldError[]): Map<string, ApiFieldError> {
  const byField = new Map<string, ApiFieldError>();
  for (const error of errors) {
    const field = fieldOfPath(error.path);
    if (!byField.has(field)) byField.set(field, error);
  }
  return byField;
}
