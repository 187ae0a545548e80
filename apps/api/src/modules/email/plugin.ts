import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import nodemailer from "nodemailer";
import { setEmailOutboxEnabled } from "./outbox.ts";
import { OutboxWorker } from "./worker.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The e-mail outbox worker when SMTP_URL is set (server.ts starts it), else null. */
    emailWorker: OutboxWorker | null;
  }
}

/**
 * E-mail delivery when SMTP_URL is set: turns the outbox on and prepares the worker that
 * sends it (started by server.ts, stopped when the app closes). Without SMTP_URL, nothing
 * is queued and the in-app notices are the only channel.
 */
export default fp(
  async function emailPlugin(app: FastifyInstance) {
    const { smtpUrl, smtpFrom } = app.config;
    if (!smtpUrl) {
      app.decorate("emailWorker", null);
      return;
    }
    const transport = nodemailer.createTransport(smtpUrl);
    const worker = new OutboxWorker(app.db, transport, { from: smtpFrom, log: app.log });
    setEmailOutboxEnabled(true, app.config.publicUrl);
    app.decorate("emailWorker", worker);
    app.addHook("onClose", async () => {
      await worker.stop();
      transport.close();
      setEmailOutboxEnabled(false);
    });
  },
  { name: "email", dependencies: ["db"] },
);
