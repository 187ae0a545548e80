import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { ResilientLibsqlClient } from "./resilient-libsql.ts";
import type { ResilientOptions } from "./resilient-options.ts";

/** `@prisma/adapter-libsql`'s factory, using the resilient client (resilient-libsql.ts). */
export class ResilientPrismaLibSQL extends PrismaLibSQL {
  readonly #options: ResilientOptions;
  client: ResilientLibsqlClient | null = null;

  constructor(config: Config, options: ResilientOptions = {}) {
    super(config);
    this.#options = options;
  }

  override createClient(config: Config): Client {
    this.client = new ResilientLibsqlClient(config, this.#options);
    return this.client;
  }
}
