// react-hook-form glue for the declaration steps: a resolver that validates a step with a
// shared zod schema (packages/contracts) and words rule violations through `ruleMessage` (the
// rest through the one form-error mapper, never the schema's English),
// and `applyProblem` that puts a 400/422 problem's field errors next to the same fields.
import type { TFunction } from "i18next";
import type { FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import { isApiError } from "@/lib/api-client";
import { issueMessage, serverFieldMessage } from "@/lib/form-errors";
import { type DecisionFigures, isRuleCode, ruleMessage } from "./rules";

function setNested(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      if (node[key] === undefined) node[key] = value; // first problem of a field wins
      return;
    }
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  });
}

/**
 * Validates the form values (converted by `toInput`) with `schema`. Rule issues (custom
 * issues with `params.code`) are worded by `ruleMessage` with the figures from `figures`.
 */
export function stepResolver<TValues extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: TValues) => unknown,
  t: TFunction,
  figures: (values: TValues) => DecisionFigures = () => ({}),
): Resolver<TValues> {
  return async (values) => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (result.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.error.issues) {
      const code = (issue as { params?: { code?: unknown } }).params?.code;
      const path = issue.path.map(String);
      const message = isRuleCode(code)
        ? ruleMessage(t, code, figures(values), path.join("."))
        : issueMessage(t, issue, input);
      setNested(errors, path.length ? path : ["root"], {
        type: isRuleCode(code) ? code : issue.code,
        message,
      });
    }
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}

/**
 * Shows a problem's field errors (`path` as in the request body, e.g.
 * "councilDecision.membersPresent") on the form fields: `mapPath` turns a body path into a
 * form field (or undefined to skip it). Returns true when a field got a message.
 */
export function applyProblem<TValues extends FieldValues>(
  t: TFunction,
  error: unknown,
  setError: UseFormSetError<TValues>,
  mapPath: (path: string) => string | undefined,
  figures: DecisionFigures = {},
): boolean {
  if (!isApiError(error) || error.errors.length === 0) return false;
  let applied = false;
  for (const fieldError of error.errors) {
    const field = mapPath(fieldError.path);
    if (!field) continue;
    const message = isRuleCode(fieldError.code)
      ? ruleMessage(t, fieldError.code, figures, fieldError.path)
      : error.status === 400
        ? t("forms:invalid")
        : serverFieldMessage(t, fieldError.code);
    setError(field as Path<TValues>, { type: "server", message });
    applied = true;
  }
  return applied;
}
