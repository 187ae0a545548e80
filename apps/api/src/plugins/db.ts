import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/client.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
  }
}

/** Makes the Prisma client available as `app.db` and disconnects it on close. */
export default fp(
  async function dbPlugin(app: FastifyInstance, opts: { db: Db }) {
    app.decorate("db", opts.db);
    app.addHook("onClose", async () => {
      await opts.db.$disconnect();
    });
  },
  { name: "db" },
);
