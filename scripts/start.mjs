#!/usr/bin/env node
// `npm start`: builds the SPA if it is missing (or older than its sources), then starts
// the single server (migrations and seed run at its start) with Node 24.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const [major] = process.versions.node.split(".").map(Number);
if (major < 22) {
  console.error(
    `Node ${process.versions.node} is too old: the portal needs Node >= 22.12 (24 LTS). See README.`,
  );
  process.exit(1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

// CNI_WEB_DIST lets e2e runs build into their own folder (see playwright.config.ts).
const webDist = path.resolve(root, process.env.CNI_WEB_DIST ?? "apps/web/dist");
const webIndex = path.join(webDist, "index.html");
const sources = [
  "apps/web/src",
  "apps/web/index.html",
  "packages/contracts/src",
  "packages/domain/src",
];
const sourcesMtime = Math.max(
  ...sources
    .map((s) => path.join(root, s))
    .filter(existsSync)
    .map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)),
);
if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < sourcesMtime) {
  console.log("Building the web app…");
  const build = spawnSync("npx", ["vite", "build", "--outDir", webDist, "--emptyOutDir"], {
    cwd: path.join(root, "apps/web"),
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Links in e-mails (invitations, password resets) use CNI_PUBLIC_URL, which production
// requires. Unset, it is where this server listens — right for one machine; behind a proxy
// or a domain name, set it.
const env = { NODE_ENV: "production", ...process.env };
if (!env.CNI_PUBLIC_URL) {
  const host = env.HOST && !["0.0.0.0", "::"].includes(env.HOST) ? env.HOST : "localhost";
  env.CNI_PUBLIC_URL = `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT || 3000}`;
}

const server = spawn(
  process.execPath,
  ["--import", "tsx", path.join(root, "apps/api/src/server.ts")],
  {
    cwd: root,
    stdio: "inherit",
    env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
