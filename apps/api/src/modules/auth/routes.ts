import {
  confirmPasswordResetBody,
  loginBody,
  loginResponse,
  passwordResetAvailability,
  requestPasswordResetBody,
  requestPasswordResetResponse,
  sessionResponse,
} from "@cni/contracts/auth";
import { problem } from "@cni/contracts/common";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, requireUser } from "../../lib/access.ts";
import { notFound } from "../../lib/errors.ts";
import { newToken } from "../../lib/tokens.ts";
import { clearSessionCookie } from "../../plugins/auth.ts";
import { publicBaseUrl } from "../invitations/service.ts";
import { describeViewAs } from "../view-as/describe-view-as.ts";
import accountRoutes from "./account-routes.ts";
import { CLEAN_UP_EVERY_MS, cleanUpSessions } from "./clean-up-sessions.ts";
import { confirmPasswordReset } from "./confirm-password-reset.ts";
import { bodyField, keyedLimit, perAccountLimit } from "./keyed-limit.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import { describeSessionUser, setSessionCookie } from "./session.ts";
import { signIn } from "./sign-in.ts";
import { signOut } from "./sign-out.ts";

const routes: FastifyPluginAsyncZod = async (app) => {
  const perAddress = { max: app.config.rateLimitMax, timeWindow: "1 minute" };
  const resetAvailable = Boolean(app.config.smtpUrl);

  // Expired sessions are refused when presented; this removes the ones never presented again.
  const cleanUp = () =>
    cleanUpSessions(app.db).catch((err) => app.log.error({ err }, "session clean-up failed"));
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onReady", async () => {
    await cleanUp();
    timer = setInterval(cleanUp, CLEAN_UP_EVERY_MS).unref();
  });
  app.addHook("onClose", async () => clearInterval(timer));

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
      const viewAs = await describeViewAs(app.db, request);
      // Anonymous callers get a throwaway token: they have no session to protect.
      return { user, csrfToken: request.csrfToken ?? newToken(), viewAs };
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { access: access.public, rateLimit: perAddress },
      // per address (rateLimit) and per account (the e-mail), then the throttle (sign-in.ts)
      preHandler: perAccountLimit(app, "login", bodyField("email")),
      schema: {
        tags: ["auth"],
        summary:
          "Sign in; sets the session cookie (a new token each time). Every failure is the same 401.",
        body: loginBody,
        response: { 200: loginResponse, 400: problem, 401: problem, 403: problem, 429: problem },
      },
    },
    async (request, reply) => {
      const result = await signIn(app.db, {
        email: request.body.email,
        password: request.body.password,
        source: request.ip,
        previousSessionId: request.sessionId,
        events: app.securityEvents,
      });
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
      await signOut(app.db, { actor: requireUser(request.user), sessionId: request.sessionId! });
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/auth/password-reset",
    {
      config: { access: access.public },
      schema: {
        tags: ["auth"],
        summary: "Whether “forgot password” works here (only when the server sends e-mail)",
        response: { 200: passwordResetAvailability },
      },
    },
    async () => ({ available: resetAvailable }),
  );

  app.post(
    "/api/auth/password-reset",
    {
      config: { access: access.public, rateLimit: perAddress },
      // a few links per e-mail address per quarter of an hour: no mail-bombing someone
      preHandler: keyedLimit({
        name: "reset-request",
        max: 3,
        windowMs: 15 * 60_000,
        key: bodyField("email"),
      }),
      schema: {
        tags: ["auth"],
        summary:
          "Forgot password: e-mails a single-use link when the account exists; the same 202 either way",
        body: requestPasswordResetBody,
        response: { 202: requestPasswordResetResponse, 400: problem, 404: problem, 429: problem },
      },
    },
    async (request, reply) => {
      if (!resetAvailable) {
        throw notFound("Password reset by e-mail (no SMTP_URL)", "PASSWORD_RESET_UNAVAILABLE");
      }
      await requestPasswordReset(app.db, {
        email: request.body.email,
        baseUrl: publicBaseUrl(app.config),
        source: request.ip,
      });
      return reply.code(202).send({ status: "accepted" as const });
    },
  );

  app.post(
    "/api/auth/password-reset/confirm",
    {
      config: { access: access.public, rateLimit: perAddress },
      preHandler: perAccountLimit(app, "reset-confirm", bodyField("token")),
      schema: {
        tags: ["auth"],
        summary: "Set a new password from a reset link (single use) and sign in",
        body: confirmPasswordResetBody,
        response: {
          200: loginResponse,
          400: problem,
          403: problem,
          409: problem,
          422: problem,
          429: problem,
        },
      },
    },
    async (request, reply) => {
      const result = await confirmPasswordReset(app.db, {
        token: request.body.token,
        password: request.body.password,
        previousSessionId: request.sessionId,
      });
      setSessionCookie(request, reply, result.token);
      return { user: await describeSessionUser(app.db, result.user), csrfToken: result.csrfToken };
    },
  );

  await app.register(accountRoutes);
};

export default routes;
