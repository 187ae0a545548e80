import { loginBody, loginResponse, sessionResponse } from "@cni/contracts/auth";
import { problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access } from "../../lib/access.ts";
import { newToken } from "../../lib/tokens.ts";
import { clearSessionCookie } from "../../plugins/auth.ts";
import { login, logout } from "./service.ts";
import { describeSessionUser, setSessionCookie } from "./session.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/auth/session",
    {
      config: { access: access.public },
      schema: {
        tags: ["auth"],
        summary: "Who is signed in, and the CSRF token",
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const user = request.user ? await describeSessionUser(app.db, request.user) : null;
      // Anonymous callers get a throwaway token: they have no session to protect.
      return { user, csrfToken: request.csrfToken ?? newToken() };
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: {
        access: access.public,
        rateLimit: { max: app.config.rateLimitMax, timeWindow: "1 minute" },
      },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the session cookie (a new token each time)",
        body: loginBody,
        response: { 200: loginResponse, 400: problem, 401: problem, 403: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const result = await login(
        app.db,
        request.body.email,
        request.body.password,
        request.sessionId,
      );
      setSessionCookie(request, reply, result.token);
      return { user: await describeSessionUser(app.db, result.user), csrfToken: result.csrfToken };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: access.signedIn },
      schema: {
        tags: ["auth"],
        summary: "Sign out; ends the session",
        response: { 204: z.null(), 401: problem, 403: problem },
      },
    },
    async (request, reply) => {
      await logout(app.db, request.sessionId!, request.user!);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};

export default routes;
