import { idParams, problem } from "@cni/contracts/common";
import {
  municipalityDetail,
  municipalityDetailQuery,
  municipalityList,
  municipalityListQuery,
} from "@cni/contracts/municipalities";
import { athensToday } from "@cni/domain/dates";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../lib/access.ts";
import { getMunicipality } from "./get-municipality.ts";
import { listMunicipalities } from "./list-municipalities.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/municipalities",
    {
      // unchanged data is served from the response cache (plugins/cache.ts)
      config: { access: access.public, cache: "public" },
      schema: {
        tags: ["municipalities"],
        summary: "The directory: municipalities and their membership status as of a date",
        querystring: municipalityListQuery,
        response: { 200: municipalityList, 400: problem },
      },
    },
    async (request) =>
      listMunicipalities(app.db, { ...request.query, asOf: request.query.asOf ?? athensToday() }),
  );

  app.get(
    "/api/municipalities/:id",
    {
      // unchanged data is served from the response cache (plugins/cache.ts)
      config: { access: access.public, cache: "public" },
      schema: {
        tags: ["municipalities"],
        summary: "One municipality with its membership history",
        params: idParams,
        querystring: municipalityDetailQuery,
        response: { 200: municipalityDetail, 400: problem, 404: problem },
      },
    },
    async (request) =>
      getMunicipality(app.db, {
        id: request.params.id,
        asOf: request.query.asOf ?? athensToday(),
      }),
  );
};

export default routes;
