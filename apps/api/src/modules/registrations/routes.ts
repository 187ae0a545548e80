import { problem } from "@cni/contracts/common";
import {
  officialMunicipalitiesQuery,
  officialMunicipalityList,
  registrationBody,
  registrationResponse,
} from "@cni/contracts/registrations";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { perAccountLimit } from "../auth/keyed-limit.ts";
import { searchOfficialMunicipalities } from "./official-list.ts";
import { registerOfficer } from "./register-officer.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities/official",
    {
      config: { access: access.public },
      schema: {
        tags: ["registrations"],
        summary:
          "The official list of the 332 municipalities of Greece, searched by nominative or genitive, Greek or English, with or without accents",
        querystring: officialMunicipalitiesQuery,
        response: { 200: officialMunicipalityList, 400: problem },
      },
    },
    async (request) => searchOfficialMunicipalities(app.db, request.query),
  );

  app.post(
    "/api/registrations",
    {
      config: {
        access: access.public,
        rateLimit: { max: app.config.rateLimitMax, timeWindow: "1 minute" },
      },
      preHandler: perAccountLimit(app, "registration", (request) => {
        const officer = (request.body as { officer?: { email?: unknown } } | null)?.officer;
        return typeof officer?.email === "string" ? officer.email : undefined;
      }),
      schema: {
        tags: ["registrations"],
        summary:
          "A municipality that is not a party registers its officer (pending until a coordinator verifies it); the same answer for a taken e-mail; rate-limited",
        body: registrationBody,
        response: {
          202: registrationResponse,
          400: problem,
          409: problem,
          422: problem,
          429: problem,
        },
      },
    },
    async (request, reply) => {
      const result = await registerOfficer(app.db, { body: request.body });
      reply.header("cache-control", "no-store");
      return reply.code(202).send(result);
    },
  );
};

export default routes;
