import { idParams, problem } from "@cni/contracts/common";
import {
  createUserBody,
  createUserResponse,
  issueInvitationResponse,
  listUsersQuery,
  refuseUserBody,
  updateUserBody,
  userList,
  userResponse,
} from "@cni/contracts/users";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, requireUser } from "../../lib/access.ts";
import { publicBaseUrl } from "../invitations/service.ts";
import { createUser } from "./create-user.ts";
import { listUsers } from "./list-users.ts";
import { reissueInvitation } from "./reissue-invitation.ts";
import { setUserActive } from "./set-user-active.ts";
import { refuseUser, verifyUser } from "./verify-user.ts";

const coordinator = access.roles("coordinator");
const denied = { 401: problem, 403: problem };

const routes: FastifyPluginAsyncZod = async (app) => {
  const links = () => ({ baseUrl: publicBaseUrl(app.config), email: Boolean(app.config.smtpUrl) });

  app.get(
    "/api/users",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary:
          "Accounts, filtered by role, municipality, status, verification or name/e-mail (coordinator)",
        querystring: listUsersQuery,
        response: { 200: userList, 400: problem, ...denied },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return listUsers(app.db, { query: request.query });
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
        response: { 201: createUserResponse, 400: problem, ...denied, 409: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.user);
      const result = await createUser(app.db, { actor, body: request.body, links: links() });
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
      user: await setUserActive(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        active: request.body.active,
      }),
    }),
  );

  app.post(
    "/api/users/:id/verify",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary:
          "Verify a self-registered officer, e.g. after calling the municipality's switchboard (coordinator; audited)",
        params: idParams,
        response: { 200: userResponse, ...denied, 404: problem, 409: problem },
      },
    },
    async (request) => ({
      user: await verifyUser(app.db, { actor: requireUser(request.user), id: request.params.id }),
    }),
  );

  app.post(
    "/api/users/:id/refuse",
    {
      config: { access: coordinator },
      schema: {
        tags: ["users"],
        summary: "Refuse a pending registration with a reason told to the person (coordinator)",
        params: idParams,
        body: refuseUserBody,
        response: { 200: userResponse, 400: problem, ...denied, 404: problem, 409: problem },
      },
    },
    async (request) => ({
      user: await refuseUser(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        reason: request.body.reason,
      }),
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
      const result = await reissueInvitation(app.db, {
        actor: requireUser(request.user),
        id: request.params.id,
        links: links(),
      });
      reply.header("cache-control", "no-store");
      return reply.code(201).send(result);
    },
  );
};

export default routes;
