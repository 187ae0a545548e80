// Backup and restore (scripts/backup.ts, scripts/restore.ts) against the real server:
// a backup taken while the server writes is consistent (integrity, every accepted accession
// complete, every document present with its sha256); restore refuses while the server
// runs, then brings back identical row counts and checksums.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  integrityCheck,
  type Manifest,
  openFile,
  sha256File,
  tableCounts,
  verifyBackup,
} from "../../../../scripts/backup.lib.ts";
import { repoRoot } from "../../src/config.ts";
import { testDir } from "../helpers.ts";
import { request, type ServerProcess, signInCoordinator, startServer } from "./server-process.ts";
import { freshDatabaseFile } from "./support.ts";

let server: ServerProcess | undefined;
afterAll(() => {
  server?.child.kill("SIGKILL");
});

function runScript(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function uploadPdf(url: string, headers: Record<string, string>, accessionId: string) {
  const boundary = `----cni${randomBytes(8).toString("hex")}`;
  const pdf = Buffer.concat([
    Buffer.from("%PDF-1.4\n"),
    randomBytes(2000 + Math.floor(Math.random() * 20_000)),
    Buffer.from("\n%%EOF\n"),
  ]);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="απόφαση.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return fetch(`${url}/api/accessions/${accessionId}/documents`, {
    method: "POST",
    headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

/** Every accepted accession has its membership period and its notices; nothing else has. */
async function halfAccepted(databaseFile: string) {
  const client = openFile(databaseFile);
  try {
    const result = await client.execute(`
      SELECT a.id, a.status,
        (SELECT count(*) FROM MembershipPeriod p WHERE p.accessionId = a.id) AS periods,
        (SELECT count(*) FROM Notice n WHERE n.accessionId = a.id) AS notices
      FROM Accession a`);
    return result.rows.filter((row) =>
      row.status === "notified"
        ? Number(row.periods) !== 1 || Number(row.notices) === 0
        : Number(row.periods) !== 0 || Number(row.notices) !== 0,
    );
  } finally {
    client.close();
  }
}

describe("npm run backup / npm run restore", () => {
  it("backs up consistently while the server writes and restores identical rows and documents", async () => {
    const { databaseFile } = freshDatabaseFile();
    const documentsDir = `${databaseFile}-documents`;
    const env = {
      DATABASE_URL: `file:${databaseFile}`,
      CNI_DOCUMENTS_DIR: documentsDir,
      PORT: "1", // restore also asks HOST:PORT whether a server answers: nothing there
    };
    const network = JSON.parse(
      (
        await runScript(
          "apps/api/test/reliability/db-tool.ts",
          [
            "network",
            databaseFile,
            // half of the applicants' declarations back to draft, to take documents
            JSON.stringify({
              count: 40,
              members: 20,
              former: 2,
              withdrawing: 2,
              seed: 11,
              extraAuditEntries: 2000,
              drafts: 8,
            }),
          ],
          {},
        )
      ).stdout,
    ) as { drafts: string[]; submitted: string[] };
    const { drafts, submitted } = network;

    // Load shedding off: this test is about backups, and on a busy 2-core CI machine the
    // event loop of an otherwise quiet server can lag (overload.test.ts tests shedding).
    const serverEnv = { CNI_MAX_EVENT_LOOP_DELAY_MS: "0" };
    server = await startServer(databaseFile, serverEnv);
    const headers = await signInCoordinator(server.url);
    for (const id of drafts.slice(0, 4)) {
      expect((await uploadPdf(server.url, headers, id)).status).toBe(201);
    }

    // The write load: accept declarations (membership + designations + a notice to every
    // party in one transaction) and upload documents, until told to stop.
    let stop = false;
    let writes = 0;
    const failures: string[] = [];
    const acceptLoop = (async () => {
      for (const id of submitted) {
        if (stop) break;
        const response = await request(`${server!.url}/api/accessions/${id}/notify`, {
          method: "POST",
          headers,
          body: "{}",
        });
        if (response.status === 200) writes += 1;
        else failures.push(`accept ${response.status} ${response.body}`);
      }
    })();
    const uploadLoop = (async () => {
      for (let i = 0; !stop && i < 40; i += 1) {
        const response = await uploadPdf(server!.url, headers, drafts[i % drafts.length]!);
        if (response.status === 201) writes += 1;
        else failures.push(`upload ${response.status} ${await response.text()}`);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const writesBefore = writes;
    const backup = await runScript(
      "scripts/backup.ts",
      ["--out", path.join(testDir(), "backups")],
      env,
    );
    const writesDuring = writes - writesBefore;
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await Promise.all([acceptLoop, uploadLoop]);
    expect(failures).toEqual([]);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const backupDir = backup.stdout.trim().split("\n").at(-1)!;

    // The backup on its own: verifies, consistent, complete.
    const { manifest, problems } = await verifyBackup(backupDir);
    expect(problems).toEqual([]);
    expect(manifest.database.integrityCheck).toBe("ok");
    expect(manifest.documents.length).toBe(manifest.tables.Document);
    expect(manifest.documents.length).toBeGreaterThanOrEqual(4);
    expect(await halfAccepted(path.join(backupDir, "cni.db"))).toEqual([]);

    // Restore refuses while the server has the database open.
    const refused = await runScript("scripts/restore.ts", [backupDir], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is open in process \d+/);

    // Stop the server; the live database has moved on since the backup.
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
    const liveCounts = JSON.parse(
      (await runScript("apps/api/test/reliability/db-tool.ts", ["counts", databaseFile], {}))
        .stdout,
    ) as Record<string, number>;
    expect(liveCounts.Document).toBeGreaterThanOrEqual(manifest.tables.Document!);

    const restore = await runScript("scripts/restore.ts", [backupDir], env);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    // Identical row counts, integrity, and every document with its checksum.
    const restored = openFile(databaseFile);
    try {
      expect(await integrityCheck(restored)).toBe("ok");
      expect(await tableCounts(restored)).toEqual(manifest.tables);
    } finally {
      restored.close();
    }
    expect(await halfAccepted(databaseFile)).toEqual([]);
    const files = readdirSync(documentsDir).sort();
    expect(files).toEqual(manifest.documents.map((d) => d.storageKey).sort());
    for (const document of manifest.documents) {
      expect(await sha256File(path.join(documentsDir, document.storageKey))).toBe(document.sha256);
    }
    // the previous database and documents were kept aside, not deleted
    const aside = readdirSync(path.dirname(databaseFile)).filter(
      (f) => f.startsWith(path.basename(databaseFile)) && f.includes("before-restore"),
    );
    expect(aside.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);

    // The server starts on the restored database and serves it.
    server = await startServer(databaseFile, serverEnv);
    const directory = await request(`${server.url}/api/municipalities`);
    expect(JSON.parse(directory.body).total).toBe(manifest.tables.Municipality);
    server.child.kill("SIGTERM");
    await server.exited;

    console.log(
      `backup: ${Object.values(manifest.tables as Manifest["tables"]).reduce((a, b) => a + b, 0)} rows, ` +
        `${manifest.documents.length} documents; ${writesDuring} writes committed while it ran; ` +
        `restore: identical counts and checksums`,
    );
  }, 120_000);
});
