import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { transformDocument, transformRoute } from "./openapi-document.ts";

/** OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json and /api/docs. */
export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "CNI portal API",
          description:
            "Cities Network for Integration (Δίκτυο Πόλεων για την Ένταξη) — membership portal. Errors are application/problem+json.",
          version: "1.0.0",
        },
        // Relative: the API is served by the same origin as the SPA, wherever it is deployed.
        servers: [{ url: "/", description: "This portal" }],
        components: {
          securitySchemes: {
            session: { type: "apiKey", in: "cookie", name: "cni_session" },
            csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
          },
        },
      },
      transform: transformRoute,
      transformObject: transformDocument,
    });
    await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
    app.get(
      "/api/openapi.json",
      { schema: { hide: true }, config: { access: { kind: "public" } } },
      async () => app.swagger(),
    );
  },
  { name: "openapi", dependencies: ["auth"] },
);
