// Page state in the URL (filters, page, sort), read through the contracts' own query schema
// so the SPA accepts exactly what the API accepts: each parameter is parsed on its own, and
// one that does not parse falls back to the schema's default instead of failing the page.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { z } from "zod";

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The schema's output for these parameters, field by field (invalid → default). */
export function parseSearch<S extends AnyObject>(schema: S, params: URLSearchParams): z.output<S> {
  const state: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const raw = params.get(key) ?? undefined;
    const parsed = field.safeParse(raw === "" ? undefined : raw);
    const value = parsed.success ? parsed.data : field.safeParse(undefined).data;
    if (value !== undefined) state[key] = value;
  }
  return state as z.output<S>;
}

function serialize(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? value.join(",") : undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

/**
 * The query string for a state: empty values and the schema's defaults are left out, so
 * equal states give equal URLs.
 */
export function searchString<S extends AnyObject>(
  schema: S,
  state: Partial<Record<keyof z.output<S>, unknown>>,
): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const text = serialize((state as Record<string, unknown>)[key]);
    if (text === undefined) continue;
    if (text === serialize(field.safeParse(undefined).data)) continue;
    params.set(key, text);
  }
  return params.toString();
}

/**
 * `[state, setState]` over the URL's query string. `setState(patch)` merges the patch into
 * the current state and replaces the history entry (filters are not navigation steps).
 */
export function useSearchState<S extends AnyObject>(schema: S) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(schema, params), [schema, params]);
  const setState = useCallback(
    (patch: Partial<Record<keyof z.output<S>, unknown>>, options: { push?: boolean } = {}) => {
      setParams(
        (current) =>
          new URLSearchParams(searchString(schema, { ...parseSearch(schema, current), ...patch })),
        { replace: !options.push, preventScrollReset: true },
      );
    },
    [schema, setParams],
  );
  return [state, setState] as const;
}
