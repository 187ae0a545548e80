// `npm run bench`: the portal measured against a bare Fastify ceiling, in the same run.
//
// 1. Builds the SPA (into data/bench/web) when it is missing or older than its sources.
// 2. Generates the benchmark database once (bench/generate.ts: 400 municipalities, 10,000
//    activities, tens of thousands of notices and audit entries) and copies it for the run.
// 3. Starts the real server (node --import tsx apps/api/src/server.ts, NODE_ENV=production,
//    LOG_LEVEL=warn) on port 3206 and, on 3207, a bare Fastify server answering each
//    endpoint's very JSON body from memory (bench/bare-server.ts).
// 4. Drives each endpoint with autocannon (20 connections, warm-up, then BENCH_DURATION
//    seconds) — first the bare route, then the portal's — and the accept-accession write
//    path one declaration after another; prints req/s, p50/p99 and the ratio to the bare
//    ceiling, against the targets.
// 5. Lighthouse (desktop preset, median of 3) on the directory, activities and a
//    municipality page.
// Results: bench/results/latest.{json,md}.
//
//   npm run bench [-- --duration 10 --connections 20 --lighthouse-runs 3 --no-lighthouse --regenerate]
//   partial runs: --only rows,circulate,lighthouse (any of them) --port 3206 --out <name>
//   --cpu-prof: a V8 CPU profile of the portal into data/bench/profiles-<port>/. The circulate
//   row also reports the portal's CPU time per declaration, which stays comparable between
//   runs when other work shares the CPU (wall-clock latencies do not).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { repoRoot } from "../apps/api/src/config.ts";
import { BENCH_COORDINATOR, BENCH_PASSWORD } from "../bench/fixtures.ts";
import { type BenchData, generateBenchDatabase } from "../bench/generate.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: "20" },
    "lighthouse-runs": { type: "string", default: "3" },
    "no-lighthouse": { type: "boolean", default: false },
    regenerate: { type: "boolean", default: false },
    // what to measure: any of rows (the GET endpoints), circulate, lighthouse
    only: { type: "string", default: "rows,circulate,lighthouse" },
    // the portal listens here, the bare server on the next port
    port: { type: "string", default: "3206" },
    // where the report goes (bench/results/<out>.{md,json}); partial runs name their own
    out: { type: "string" },
    // a V8 CPU profile of the portal into data/bench/profiles-<port>/ (Chrome DevTools)
    "cpu-prof": { type: "boolean", default: false },
  },
});
const ONLY = new Set(values.only.split(",").map((part) => part.trim()));
const OUT =
  values.out ?? (ONLY.size === 3 && values.port === "3206" ? "latest" : `partial-${values.port}`);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const APP_PORT = Number(values.port);
const BARE_PORT = APP_PORT + 1;
const dir = path.join(repoRoot, "data/bench");
// per port, so two runs side by side never build into or serve from the same folder
const webDist = path.join(dir, APP_PORT === 3206 ? "web" : `web-${APP_PORT}`);
const log = (line: string) => process.stdout.write(`${line}\n`);
mkdirSync(dir, { recursive: true });
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

// 1. The SPA --------------------------------------------------------------------------
function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}
const webSources = ["apps/web/src", "apps/web/index.html", "packages/contracts/src"]
  .map((p) => path.join(repoRoot, p))
  .filter(existsSync);
const webIndex = path.join(webDist, "index.html");
if (
  !existsSync(webIndex) ||
  statSync(webIndex).mtimeMs < Math.max(...webSources.map(newestMtime))
) {
  log("Building the web app into data/bench/web…");
  const build = spawnSync("npx", ["vite", "build", "--outDir", webDist, "--emptyOutDir"], {
    cwd: path.join(repoRoot, "apps/web"),
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 2. The database ---------------------------------------------------------------------
const templateFile = path.join(dir, "template.db");
const metaFile = path.join(dir, "template.json");
const generatorSources = [
  "bench/fixtures.ts",
  "bench/generate.ts",
  "prisma/migrations",
  "apps/api/src/modules/activities/generate.ts",
  "apps/api/src/seed/network-facts.ts",
].map((p) => path.join(repoRoot, p));
const fingerprint = createHash("sha256")
  .update(
    generatorSources
      .filter(existsSync)
      .map((p) => `${p}:${newestMtime(p)}`)
      .join("\n"),
  )
  .digest("hex");
let data: BenchData & { fingerprint?: string };
const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, "utf8")) : null;
if (!values.regenerate && meta?.fingerprint === fingerprint && existsSync(templateFile)) {
  data = meta;
  log(`Benchmark database: data/bench/template.db (generated before; --regenerate to redo)`);
} else {
  log("Generating the benchmark database (once)…");
  data = { ...(await generateBenchDatabase(templateFile, { log })), fingerprint };
  writeFileSync(metaFile, JSON.stringify(data));
}
log(
  `  ${data.municipalities} municipalities, ${data.activities} activities, ${data.notices} notices, ` +
    `${data.auditEntries} audit entries, ${data.submitted.length} submitted declarations`,
);
const runFile = path.join(dir, APP_PORT === 3206 ? "run.db" : `run-${APP_PORT}.db`);
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${runFile}${suffix}`, { force: true });
copyFileSync(templateFile, runFile);

// 3. The servers ----------------------------------------------------------------------
function start(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  nodeFlags: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${args[0]} exited (${code}):\n${output}`)));
  });
}
const app = `http://127.0.0.1:${APP_PORT}`;
const bare = `http://127.0.0.1:${BARE_PORT}`;
log("Starting the portal…");
const profileDir = path.join(dir, `profiles-${APP_PORT}`);
const portal = await start(
  ["apps/api/src/server.ts"],
  {
    NODE_ENV: "production",
    CNI_PUBLIC_URL: `http://127.0.0.1:${APP_PORT}`,
    PORT: String(APP_PORT),
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${runFile}`,
    CNI_DOCUMENTS_DIR: path.join(dir, "documents"),
    CNI_WEB_DIST: webDist,
    CNI_RATE_LIMIT_MAX: "100000",
    LOG_LEVEL: "warn",
    // capacity, not load shedding, is measured here (overload.test.ts covers shedding)
    CNI_MAX_EVENT_LOOP_DELAY_MS: "0",
  },
  /CNI portal: http/,
  values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [],
);

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };
function call(url: string, method = "GET", headers: Record<string, string> = {}, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        headers: {
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
async function signIn(email: string) {
  const reply = await call(
    `${app}/api/auth/login`,
    "POST",
    {},
    JSON.stringify({ email, password: BENCH_PASSWORD }),
  );
  if (reply.status !== 200) throw new Error(`sign-in ${email}: ${reply.status} ${reply.body}`);
  return {
    cookie: String(reply.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "",
    "x-csrf-token": (JSON.parse(reply.body) as { csrfToken: string }).csrfToken,
  };
}
const coordinator = await signIn(BENCH_COORDINATOR);
const member = data.members[Math.floor(data.members.length / 2)] ?? "athens";
const representative = await signIn(`representative.${member}@bench.cni`);
// the signed-in single record: the municipality's own declaration, as its officer sees it
const officer = await signIn(`officer.${member}@bench.cni`);
const own = await call(`${app}/api/accessions`, "GET", officer);
const ownId =
  own.status === 200
    ? ((JSON.parse(own.body) as { items?: { id: string }[] }).items?.[0]?.id ?? null)
    : null;

// 4. The endpoints --------------------------------------------------------------------
type Endpoint = {
  name: string;
  label: string;
  path: string | null;
  headers?: Record<string, string>;
  target: { kind: "ratio"; min: number; maxP99Ms?: number } | { kind: "p99"; maxMs: number } | null;
};
const endpoints: Endpoint[] = [
  {
    name: "directory",
    label: "public directory  GET /api/municipalities",
    path: "/api/municipalities",
    target: { kind: "ratio", min: 0.5 },
  },
  {
    name: "municipality",
    label: `one municipality  GET /api/municipalities/${member}`,
    path: `/api/municipalities/${member}`,
    target: null,
  },
  {
    name: "activities",
    label: "activities by pillar  GET /api/activities?pillar=inclusion",
    path: "/api/activities?pillar=inclusion",
    target: { kind: "p99", maxMs: 50 },
  },
  {
    name: "record",
    label: "signed-in record  GET /api/accessions/:id (its officer)",
    path: ownId ? `/api/accessions/${ownId}` : null,
    headers: officer,
    target: { kind: "ratio", min: 0.15 },
  },
  {
    name: "notices",
    label: "notices inbox  GET /api/notices (representative)",
    path: "/api/notices",
    headers: representative,
    target: { kind: "ratio", min: 0.15, maxP99Ms: 50 },
  },
];

type Measured = {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};
type Row = Endpoint & {
  missing?: string;
  cache?: string;
  bytes?: number;
  bare?: Measured;
  portal?: Measured;
  ratio?: number;
  met?: boolean;
};

const rows: Row[] = [];
const bodies: Record<string, { method: "GET" | "POST"; body: unknown }> = {};
for (const endpoint of endpoints) {
  if (!endpoint.path) {
    rows.push({ ...endpoint, missing: "no record to read" });
    continue;
  }
  const reply = await call(`${app}${endpoint.path}`, "GET", endpoint.headers);
  if (reply.status === 404 && /No route/.test(reply.body)) {
    rows.push({ ...endpoint, missing: "route missing" });
    continue;
  }
  if (reply.status !== 200) {
    rows.push({ ...endpoint, missing: `answered ${reply.status}` });
    continue;
  }
  bodies[endpoint.name] = { method: "GET", body: JSON.parse(reply.body) };
  rows.push({ ...endpoint, bytes: Buffer.byteLength(reply.body) });
}

// the accept-accession write path: one sample answer for the bare server
const toAccept = [...data.submitted];
const sampleId = toAccept.shift();
const sample = sampleId
  ? await call(`${app}/api/accessions/${sampleId}/notify`, "POST", coordinator, "{}")
  : null;
const acceptMissing = !sample
  ? "no submitted declaration"
  : sample.status === 404 && /No route/.test(sample.body)
    ? "route missing"
    : sample.status !== 200
      ? `answered ${sample.status}`
      : null;
if (sample && !acceptMissing) bodies.accept = { method: "POST", body: JSON.parse(sample.body) };

const bodiesFile = path.join(dir, "bodies.json");
writeFileSync(bodiesFile, JSON.stringify(bodies));
log("Starting the bare Fastify ceiling…");
await start(["bench/bare-server.ts", bodiesFile, String(BARE_PORT)], {}, /bare ready/);

async function drive(url: string, headers: Record<string, string> = {}, seconds = DURATION) {
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  } satisfies Measured;
}

for (const row of rows) {
  if (row.missing || !row.path || !ONLY.has("rows")) continue;
  log(`Measuring ${row.name} (bare, then portal; ${DURATION} s each after a 2 s warm-up)…`);
  await drive(`${bare}/bare/${row.name}`, {}, 2);
  row.bare = await drive(`${bare}/bare/${row.name}`);
  await call(`${app}${row.path}`, "GET", row.headers);
  const probe = await call(`${app}${row.path}`, "GET", row.headers); // the second: a hit?
  await drive(`${app}${row.path}`, row.headers, 2);
  row.portal = await drive(`${app}${row.path}`, row.headers);
  row.cache = String(probe.headers["x-cache"] ?? "none");
  row.ratio = row.portal.reqPerSec / row.bare.reqPerSec;
  if (row.target?.kind === "ratio") {
    row.met =
      row.ratio >= row.target.min &&
      (row.target.maxP99Ms === undefined || row.portal.p99 <= row.target.maxP99Ms);
  }
  if (row.target?.kind === "p99") row.met = row.portal.p99 <= row.target.maxMs;
}

// accept: one declaration after another on one keep-alive connection
type AcceptResult = {
  n: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The portal's CPU time (all its threads) per circulation: steady under a shared CPU. */
  cpuMsEach: number | null;
};
/** User + system CPU time of a process so far, in ms (Linux /proc; null elsewhere). */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime: fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
let acceptResult: AcceptResult | null = null;
let acceptBare: Measured | null = null;
if (!acceptMissing && ONLY.has("circulate")) {
  log(`Measuring accept (${toAccept.length} declarations, one at a time)…`);
  acceptBare = await (async () => {
    const result = await autocannon({
      url: `${bare}/bare/accept`,
      method: "POST",
      connections: 1,
      duration: Math.min(DURATION, 5),
    });
    return {
      reqPerSec: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  })();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let failures = 0;
  const cpuBefore = cpuMsOf(portal.pid);
  const started = performance.now();
  for (const id of toAccept) {
    const t = performance.now();
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${app}/api/accessions/${id}/notify`,
        { method: "POST", agent, headers: { ...coordinator, "content-type": "application/json" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end("{}");
    });
    times.push(performance.now() - t);
    if (reply !== 200) failures += 1;
  }
  const total = (performance.now() - started) / 1000;
  const cpuAfter = cpuMsOf(portal.pid);
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0) * 10) / 10;
  acceptResult = {
    n: times.length,
    reqPerSec: Math.round(times.length / total),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    failures,
    cpuMsEach:
      cpuBefore === null || cpuAfter === null
        ? null
        : Math.round(((cpuAfter - cpuBefore) / times.length) * 10) / 10,
  };
}

// 5. Lighthouse -----------------------------------------------------------------------
let lighthouse: Awaited<ReturnType<typeof import("../bench/lighthouse.ts").runLighthouse>> = [];
if (!values["no-lighthouse"] && ONLY.has("lighthouse")) {
  log(`Lighthouse (desktop, median of ${values["lighthouse-runs"]})…`);
  const { runLighthouse } = await import("../bench/lighthouse.ts");
  lighthouse = await runLighthouse(
    [
      { page: "directory", url: `${app}/` },
      { page: "activities", url: `${app}/activities` },
      { page: "municipality", url: `${app}/municipalities/${member}` },
    ],
    { runs: Number(values["lighthouse-runs"]) },
  );
}

if (values["cpu-prof"]) {
  // the profile is written only on a graceful exit: wait for it before the SIGKILL on exit
  const exited = new Promise((resolve) => portal.once("exit", resolve));
  portal.kill("SIGTERM");
  await exited;
  log(`CPU profile of the portal: ${path.relative(repoRoot, profileDir)}/`);
}
for (const child of children) child.kill("SIGTERM");

// The report ----------------------------------------------------------------------------
const cpu = os.cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.versions.node}; load average before the run ${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(" ")}`;
const fmt = (n: number | undefined, unit = "") => (n === undefined ? "–" : `${n}${unit}`);
const lines: string[] = [];
lines.push(`Machine: ${machine}`);
lines.push(
  `Command: npm run bench (${DURATION} s per measurement, ${CONNECTIONS} connections, after a 2 s warm-up)`,
);
lines.push("");
lines.push("| endpoint | req/s | p50 | p99 | bare req/s | ratio to bare | target | met |");
lines.push("|---|---:|---:|---:|---:|---:|---|---|");
for (const row of ONLY.has("rows") ? rows : []) {
  const target =
    row.target?.kind === "ratio"
      ? `≥ ${row.target.min * 100} % of bare${row.target.maxP99Ms ? `, p99 ≤ ${row.target.maxP99Ms} ms` : ""}`
      : row.target?.kind === "p99"
        ? `p99 ≤ ${row.target.maxMs} ms`
        : "";
  if (row.missing) {
    lines.push(`| ${row.label} | n/a (${row.missing}) | | | | | ${target} | |`);
    continue;
  }
  const errors = (row.portal?.errors ?? 0) + (row.portal?.non2xx ?? 0);
  lines.push(
    `| ${row.label}${row.cache === "hit" ? " (response cache)" : ""} | ${fmt(row.portal?.reqPerSec)} | ${fmt(row.portal?.p50, " ms")} | ${fmt(row.portal?.p99, " ms")} | ${fmt(row.bare?.reqPerSec)} | ${row.ratio === undefined ? "–" : `${(row.ratio * 100).toFixed(0)} %`} | ${target} | ${row.met === undefined ? "" : row.met ? "yes" : "**no**"}${errors ? ` (${errors} errors)` : ""} |`,
  );
}
if (acceptMissing) {
  lines.push(
    `| circulate a declaration  POST /api/accessions/:id/notify | n/a (${acceptMissing}) | | | | | p95 ≤ 30 ms | |`,
  );
} else if (acceptResult) {
  lines.push(
    `| circulate a declaration  POST /api/accessions/:id/notify (${acceptResult.n}, one at a time) | ${acceptResult.reqPerSec} | ${acceptResult.p50} ms | ${acceptResult.p99} ms (p95 ${acceptResult.p95} ms) | ${fmt(acceptBare?.reqPerSec)} (1 conn.) | ${acceptBare ? `${((acceptResult.reqPerSec / acceptBare.reqPerSec) * 100).toFixed(1)} %` : "–"} | p95 ≤ 30 ms | ${acceptResult.p95 <= 30 ? "yes" : "**no**"}${acceptResult.failures ? ` (${acceptResult.failures} failed)` : ""} |`,
  );
  if (acceptResult.cpuMsEach !== null) {
    lines.push(
      "",
      `Circulating: the portal used ${acceptResult.cpuMsEach} ms of CPU per declaration (all its threads; compare runs by this when the CPU is shared).`,
    );
  }
}
if (lighthouse.length) {
  const { lighthouseMarkdown } = await import("../bench/lighthouse.ts");
  lines.push(...lighthouseMarkdown(lighthouse));
}
const report = lines.join("\n");
log(`\n${report}\n`);
mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
writeFileSync(path.join(repoRoot, `bench/results/${OUT}.md`), `${report}\n`);
writeFileSync(
  path.join(repoRoot, `bench/results/${OUT}.json`),
  `${JSON.stringify({ at: new Date().toISOString(), machine, duration: DURATION, connections: CONNECTIONS, data: { ...data, members: data.members.length, submitted: data.submitted.length }, rows: rows.map(({ headers: _session, ...row }) => row), accept: acceptResult, acceptBare, lighthouse }, null, 2)}\n`,
);
process.exit(0);
