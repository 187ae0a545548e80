import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { repoRoot } from "../../src/config.ts";

export const ADMIN_EMAIL = "admin@reliability.cni";
export const ADMIN_PASSWORD = "reliability-admin-password";

export type ServerProcess = {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  /** Resolves with the exit code (or signal) and when it exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
};

/**
 * Starts the real server (`node --import tsx apps/api/src/server.ts`, as `npm start` does:
 * migrations, seed, coordinator bootstrap, close-with-grace) on a free port (PORT=0).
 */
export async function startServer(
  databaseFile: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "apps/api/src/server.ts")],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: "production",
        CNI_PUBLIC_URL: "http://127.0.0.1", // required in production (links in e-mails)
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${databaseFile}`,
        CNI_DOCUMENTS_DIR: `${databaseFile}-documents`,
        CNI_WEB_DIST: path.join(path.dirname(databaseFile), "no-web-build"),
        CNI_ADMIN_EMAIL: ADMIN_EMAIL,
        CNI_ADMIN_PASSWORD: ADMIN_PASSWORD,
        CNI_RATE_LIMIT_MAX: "100000",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => {
      child.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() }));
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      const match = /CNI portal: http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

export type HttpResult = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  /** The client's port: the server logs it as req.remotePort. */
  localPort?: number;
  /** Date.now() when the response ended. */
  at: number;
};

/** One HTTP request with node:http (explicit agent: keep-alive behaviour is under test). */
export function request(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    agent?: http.Agent;
    timeoutMs?: number;
  } = {},
): Promise<HttpResult> {
  const started = performance.now();
  let localPort: number | undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? "GET",
        headers: {
          ...(options.body ? { "content-type": "application/json" } : {}),
          ...options.headers,
        },
        agent: options.agent,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            ms: performance.now() - started,
            localPort,
            at: Date.now(),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("socket", (socket) => {
      localPort = socket.localPort;
      if (socket.connecting) {
        socket.once("connect", () => {
          localPort = socket.localPort;
        });
      }
    });
    req.on("timeout", () => req.destroy(new Error("client timeout")));
    req.on("error", (error: Error & { localPort?: number }) => {
      error.localPort = localPort;
      reject(error);
    });
    req.end(options.body);
  });
}

/** Signs in the bootstrap coordinator; returns the headers for mutations. */
export async function signInCoordinator(url: string) {
  const response = await request(`${url}/api/auth/login`, {
    method: "POST",
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${response.body}`);
  const cookie = String(response.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
  const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken };
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** The server's JSON log lines (LOG_LEVEL=info), in order. */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
