import type { SwaggerTransform, SwaggerTransformObject } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { Access } from "../lib/access.ts";

/**
 * What the published OpenAPI document adds to each route's own schema, so that it passes
 * Redocly's recommended rules and a generated client knows how to call it:
 * an operationId derived from method and path, the security each route's declared
 * `config.access` demands (session cookie; CSRF header on mutations), and a problem+json
 * 4xx answer where the route lists none.
 */

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const problem = {
  description: "Problem details (application/problem+json)",
  type: "object",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string" },
  },
  required: ["title", "status"],
} as const;

const word = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** GET /api/municipalities/:id/designations → getMunicipalitiesByIdDesignations. */
export function operationIdFor(method: string, url: string): string {
  const parts = url
    .replace(/^\/api\/?/, "")
    .split("/")
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(":")
        ? ["by", segment.slice(1)]
        : segment.split(/[^A-Za-z0-9]+/).filter(Boolean),
    );
  return method.toLowerCase() + parts.map(word).join("");
}

function securityFor(access: Access | undefined, method: string) {
  if (!access || access.kind === "public") return [];
  return MUTATING.has(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

export const transformRoute: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const method = [input.route.method].flat()[0] ?? "GET";
  const access = (input.route.config as { access?: Access } | undefined)?.access;
  const response = { ...((schema as { response?: Record<string, unknown> }).response ?? {}) };
  if (!Object.keys(response).some((status) => status.startsWith("4"))) {
    response[access && access.kind !== "public" ? "401" : "400"] = problem;
  }
  if (!Object.keys(response).some((status) => status.startsWith("2"))) {
    response["200"] = { description: "The requested content" };
  }
  return {
    url,
    schema: {
      ...schema,
      operationId: (schema as { operationId?: string }).operationId ?? operationIdFor(method, url),
      security: securityFor(access, method),
      response,
    },
  };
};

/** Every `$ref` target reachable from the paths (components referenced nowhere are dropped). */
function referencedSchemas(document: Record<string, unknown>): Set<string> {
  const schemas = ((document.components as { schemas?: Record<string, unknown> })?.schemas ??
    {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = value.replace("#/components/schemas/", "");
        if (!seen.has(name)) {
          seen.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  return seen;
}

export const transformDocument: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Record<string, unknown> & {
    components?: { schemas?: Record<string, unknown> };
  };
  const used = referencedSchemas(document);
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).filter(([name]) => used.has(name)),
  );
  return {
    ...document,
    components: { ...document.components, schemas },
  } as ReturnType<SwaggerTransformObject>;
};
