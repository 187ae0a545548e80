// A 90/10 read/write load against a running server, for the concurrency test and the soak.
// Reads: directory (cached and uncached), a municipality, activities by pillar, the notices
// inbox, declarations. Writes: accepting declarations (membership + designations + one
// notice per party, one transaction), acknowledging notices, filing withdrawals (a notice
// per party), creating activities. Every answer must be the expected 2xx.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { BENCH_PASSWORD } from "../../../../bench/fixtures.ts";
import { repoRoot } from "../../src/config.ts";
import { request, signInCoordinator } from "./server-process.ts";

export type Network = {
  members: string[];
  former: string[];
  withdrawing: string[];
  submitted: string[];
  drafts: string[];
};

/** Runs apps/api/test/reliability/db-tool.ts in a child process; returns its JSON output. */
export function dbTool<T>(...args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "apps/api/test/reliability/db-tool.ts"), ...args],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as T);
      else reject(new Error(`db-tool ${args[0]} failed (${code}): ${stderr}`));
    });
  });
}

async function signIn(url: string, email: string) {
  const response = await request(`${url}/api/auth/login`, {
    method: "POST",
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  const cookie = String(response.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
  return { cookie, "x-csrf-token": (JSON.parse(response.body) as { csrfToken: string }).csrfToken };
}

export type LoadResult = {
  seconds: number;
  requests: number;
  reads: number;
  writes: number;
  errors: string[];
  accepted: number;
  acknowledged: number;
  activitiesCreated: number;
  withdrawalIds: string[];
  p50: number;
  p99: number;
  max: number;
};

const PILLARS = ["employability", "municipal_structures", "inclusion"];

export async function runMixedLoad(
  url: string,
  network: Network,
  options: { seconds: number; clients: number },
): Promise<LoadResult> {
  const coordinator = await signInCoordinator(url);
  // representatives of a few members: they acknowledge the notices their municipality got
  const representatives = await Promise.all(
    network.members.slice(0, 4).map(async (id) => {
      const headers = await signIn(url, `representative.${id}@bench.cni`);
      const inbox = await request(`${url}/api/notices?acknowledged=false`, { headers });
      const items = (JSON.parse(inbox.body) as { items: { id: string }[] }).items;
      return { headers, notices: items.map((n) => n.id) };
    }),
  );
  const toAccept = [...network.submitted];
  const toWithdraw = network.members.slice(10);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const result: LoadResult = {
    seconds: options.seconds,
    requests: 0,
    reads: 0,
    writes: 0,
    errors: [],
    accepted: 0,
    acknowledged: 0,
    activitiesCreated: 0,
    withdrawalIds: [],
    p50: 0,
    p99: 0,
    max: 0,
  };
  const latencies: number[] = [];
  const allIds = [...network.members, ...network.submitted.map(() => "serres"), "athens"];
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)] as T;
  let n = 0;

  const send = async (
    method: string,
    target: string,
    expected: number,
    headers?: Record<string, string>,
    body?: unknown,
  ) => {
    const response = await request(`${url}${target}`, {
      method,
      headers,
      agent,
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((error: Error) => ({ status: 0, body: error.message, ms: 0 }));
    result.requests += 1;
    latencies.push(response.ms);
    if (response.status !== expected) {
      result.errors.push(`${method} ${target} → ${response.status} ${response.body.slice(0, 200)}`);
      return null;
    }
    return response.body;
  };

  const read = () => {
    result.reads += 1;
    const r = Math.random();
    if (r < 0.25) return send("GET", "/api/municipalities", 200);
    if (r < 0.35) return send("GET", `/api/municipalities?q=${n++ % 97}`, 200);
    if (r < 0.5) return send("GET", `/api/municipalities/${pick(allIds)}`, 200);
    if (r < 0.7) return send("GET", `/api/activities?pillar=${pick(PILLARS)}&page=1`, 200);
    if (r < 0.85) {
      const rep = pick(representatives);
      return send("GET", "/api/notices", 200, rep.headers);
    }
    if (r < 0.95) return send("GET", "/api/accessions?status=submitted", 200, coordinator);
    return send("GET", "/api/health", 200);
  };

  const write = async () => {
    result.writes += 1;
    const r = Math.random();
    if (r < 0.3 && toAccept.length) {
      const id = toAccept.shift()!;
      if (await send("POST", `/api/accessions/${id}/notify`, 200, coordinator, {})) {
        result.accepted += 1;
      }
      return;
    }
    if (r < 0.6) {
      const rep = pick(representatives);
      const id = rep.notices.shift();
      if (id) {
        if (await send("POST", `/api/notices/${id}/acknowledge`, 200, rep.headers)) {
          result.acknowledged += 1;
        }
        return;
      }
    }
    if (r < 0.75 && toWithdraw.length) {
      // A withdrawal is a written act: a draft with its council decision, the signed
      // declaration attached (multipart PDF), then notified to the parties.
      const municipalityId = toWithdraw.shift()!;
      const today = new Date().toISOString().slice(0, 10);
      const draft = await send("POST", "/api/withdrawals", 201, coordinator, {
        municipalityId,
        councilDecision: { number: `${n++ + 1}/${today.slice(0, 4)}`, date: today },
        reason: "concurrency test",
      });
      if (!draft) return;
      const id = (JSON.parse(draft) as { id: string }).id;
      const boundary = "cniconcurrency";
      const multipart = [
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nwithdrawal_declaration\r\n`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.pdf"\r\n`,
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n",
        `--${boundary}--\r\n`,
      ].join("");
      const uploaded = await request(`${url}/api/withdrawals/${id}/documents`, {
        method: "POST",
        headers: { ...coordinator, "content-type": `multipart/form-data; boundary=${boundary}` },
        agent,
        body: multipart,
      }).catch((error: Error) => ({ status: 0, body: error.message, ms: 0 }));
      result.requests += 1;
      latencies.push(uploaded.ms);
      if (uploaded.status !== 201) {
        result.errors.push(`POST …/documents → ${uploaded.status} ${uploaded.body.slice(0, 200)}`);
        return;
      }
      if (await send("POST", `/api/withdrawals/${id}/notify`, 200, coordinator, {})) {
        result.withdrawalIds.push(id);
      }
      return;
    }
    const created = await send("POST", "/api/activities", 201, coordinator, {
      titleEl: `Εργαστήριο φορτίου ${n++}`,
      summary: "Δραστηριότητα από τη δοκιμή ταυτοχρονίας",
      type: "event",
      pillars: [pick(PILLARS)],
      startsOn: "2026-12-01",
      visibility: "public",
    });
    if (created) result.activitiesCreated += 1;
  };

  const deadline = Date.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (Date.now() < deadline) {
        if (Math.random() < 0.9) await read();
        else await write();
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  result.p50 = Math.round(at(0.5));
  result.p99 = Math.round(at(0.99));
  result.max = Math.round(latencies.at(-1) ?? 0);
  return result;
}
