import { idParams, problem } from "@cni/contracts/common";
import {
  createUserBody,
  createUserResponse,
  issueInvitationResponse,
  listUsersQuery,
  updateUserBody,
  userList,
  userResponse,
} from "@cni/contracts/users";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { publicBaseUrl } from "../invitations/service.ts";
import { createUser, listUsers, reissueInvitation, setUserActive } from "./service.ts";

const coordinator = access.roles("coordinator");
const denied = { 401: problem, 403: problem };

const routes: FastifyPluginAsyncZod = async (app) => {
  const links = (request: Parameters<typeof publicBaseUrl>[1]) => ({
    baseUrl: publicBaseUrl(app.config, request),
    email: Boolean(app.config.smtpUrl),
  });

  app.get(
    "/api/users",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary: "Accounts, filtered by role, municipality, status or name/e-mail (coordinator)",
        querystring: listUsersQuery,
        response: { 200: userList, 400: problem, ...denied },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return listUsers(app.db, request.query);
    },
  );

  app.post(
    "/api/users",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary: "Create an account and its invitation link (coordinator)",
        body: createUserBody,
        response: {
          201: createUserResponse,
          400: problem,
          ...denied,
          409: problem,
          422: problem,
        },
      },
    },
    async (request, reply) => {
      const result = await createUser(
        app.db,
        requireUser(request.user),
        request.body,
        links(request),
      );
      reply.header("cache-control", "no-store");
      return reply.code(201).send(result);
    },
  );

  app.patch(
    "/api/users/:id",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary: "Deactivate (sessions end at once) or reactivate an account (coordinator)",
        params: idParams,
        body: updateUserBody,
        response: { 200: userResponse, 400: problem, ...denied, 404: problem, 422: problem },
      },
    },
    async (request) => ({
      user: await setUserActive(
        app.db,
        requireUser(request.user),
        request.params.id,
        request.body.active,
      ),
    }),
  );

  app.post(
    "/api/users/:id/invitation",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary: "Issue a fresh invitation link; earlier links stop working (coordinator)",
        params: idParams,
        response: { 201: issueInvitationResponse, ...denied, 404: problem, 409: problem },
      },
    },
    async (request, reply) => {
      const result = await reissueInvitation(
        app.db,
        requireUser(request.user),
        request.params.id,
        links(request),
      );
      reply.header("cache-control", "no-store");
      return reply.code(201).send(result);
    },
  );
};

export default routes;
