// The ceiling: a bare Fastify server (no hooks, no plugins, no database) whose routes
// answer, from memory, the very JSON bodies the portal answered for each benchmarked
// endpoint — already serialized (a string with content-type application/json), so the
// ceiling is Fastify plus HTTP and nothing else. (Returning the object instead would make
// Fastify stringify 120 kB on every request of the directory, a much lower "ceiling".)
//
//   node --import tsx bench/bare-server.ts <bodies.json> <port>
//   bodies.json: { "<name>": { "method": "GET" | "POST", "body": <json> } } → /bare/<name>
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("usage: bare-server.ts <bodies.json> <port>");
const bodies = JSON.parse(readFileSync(file, "utf8")) as Record<
  string,
  { method: "GET" | "POST"; body: unknown }
>;
const app = Fastify({ logger: false });
for (const [name, { method, body }] of Object.entries(bodies)) {
  const json = JSON.stringify(body);
  app.route({
    method,
    url: `/bare/${name}`,
    handler: async (_request, reply) => reply.type("application/json; charset=utf-8").send(json),
  });
}
await app.listen({ port: Number(port), host: "127.0.0.1" });
process.stdout.write(`bare ready on ${port}\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}
