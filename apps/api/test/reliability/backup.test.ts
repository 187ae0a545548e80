// Backup and restore (scripts/backup.ts, scripts/restore.ts) against the real server:
// a backup taken while the server writes is consistent (integrity, every accepted accession
// complete, every document present with its sha256); restore refuses while the server
// runs, then brings back identical row counts and checksums.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import {
  integrityCheck,
  type Manifest,
  openFile,
  sha256File,
  signManifest,
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

// Issue 13 items 11 and 12: backups are owner-only; a restore refuses a tampered, unsigned
// or traversing backup with a clear message, and then nothing has changed.
describe("a tampered backup", () => {
  const key = "backup-test-key-0123456789abcdef";
  const mode = (file: string) => statSync(file).mode & 0o777;
  const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

  async function liveWithDocuments() {
    const { databaseFile, documentsDir } = freshDatabaseFile();
    // node:sqlite, not libSQL: libSQL's close() leaves the file descriptors open until the
    // client is garbage-collected, and the restore below rightly refuses a database that
    // another process (this one) still has open.
    const db = new DatabaseSync(databaseFile);
    try {
      const insert = db.prepare(
        'INSERT INTO "Document" ("id", "filename", "size", "sha256", "storageKey") VALUES (?, ?, ?, ?, ?)',
      );
      for (const [i, storageKey] of [
        "docAAAAAAAAAAAAAAAAAAAAA",
        "docBBBBBBBBBBBBBBBBBBBBB",
      ].entries()) {
        const bytes = Buffer.from(`%PDF-1.4\n${i} ${randomBytes(200).toString("hex")}\n%%EOF\n`);
        writeFileSync(path.join(documentsDir, storageKey), bytes);
        insert.run(
          `doc-${i}`,
          `d${i}.pdf`,
          bytes.length,
          createHash("sha256").update(bytes).digest("hex"),
          storageKey,
        );
      }
    } finally {
      db.close();
    }
    const env = {
      DATABASE_URL: `file:${databaseFile}`,
      CNI_DOCUMENTS_DIR: documentsDir,
      CNI_BACKUP_KEY: key,
      PORT: "1",
    };
    return { databaseFile, documentsDir, env };
  }

  function liveState(databaseFile: string, documentsDir: string) {
    return {
      database: sha(databaseFile),
      documents: readdirSync(documentsDir).sort(),
      beside: readdirSync(path.dirname(databaseFile))
        .filter(
          (f) =>
            f.startsWith(path.basename(databaseFile)) || f.startsWith(path.basename(documentsDir)),
        )
        .sort(),
    };
  }

  function copyOf(backupDir: string, name: string) {
    const copy = `${backupDir}-${name}`;
    cpSync(backupDir, copy, { recursive: true });
    return copy;
  }

  function editManifest(dir: string, edit: (m: Manifest) => void, resign: boolean) {
    const file = path.join(dir, "manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    edit(manifest);
    const out = resign ? signManifest(manifest, Buffer.from(key)) : manifest;
    writeFileSync(file, JSON.stringify(out, null, 2));
  }

  it("is refused with a clear message, and nothing is changed", async () => {
    const { databaseFile, documentsDir, env } = await liveWithDocuments();
    const backup = await runScript(
      "scripts/backup.ts",
      ["--out", path.join(testDir(), "signed-backups")],
      env,
    );
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const backupDir = backup.stdout.trim().split("\n").at(-1)!;

    // owner-only: 0700 folders, 0600 files
    expect(mode(backupDir)).toBe(0o700);
    expect(mode(path.join(backupDir, "documents"))).toBe(0o700);
    for (const file of ["cni.db", "manifest.json", "documents/docAAAAAAAAAAAAAAAAAAAAA"]) {
      expect(mode(path.join(backupDir, file))).toBe(0o600);
    }
    const manifest = JSON.parse(readFileSync(path.join(backupDir, "manifest.json"), "utf8"));
    expect(manifest.hmac).toMatch(/^[0-9a-f]{64}$/);

    const before = liveState(databaseFile, documentsDir);
    const refuse = async (dir: string, message: RegExp, extraEnv: Record<string, string> = {}) => {
      const result = await runScript("scripts/restore.ts", [dir], { ...env, ...extraEnv });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Restore refused/);
      expect(result.stderr).toMatch(message);
      expect(liveState(databaseFile, documentsDir)).toEqual(before);
    };

    // an edited manifest (not re-signed), an unsigned one, another key
    const edited = copyOf(backupDir, "edited");
    editManifest(
      edited,
      (m) => {
        m.tables.User = (m.tables.User ?? 0) + 1;
      },
      false,
    );
    await refuse(edited, /HMAC does not match/);
    const unsigned = copyOf(backupDir, "unsigned");
    editManifest(
      unsigned,
      (m) => {
        delete m.hmac;
      },
      false,
    );
    await refuse(unsigned, /not signed/);
    await refuse(backupDir, /HMAC does not match/, {
      CNI_BACKUP_KEY: "another-key-0123456789abcdef",
    });

    // even signed (a stolen key), a storage key that leaves the folder is refused
    const traversing = copyOf(backupDir, "traversing");
    editManifest(
      traversing,
      (m) => {
        m.documents[0]!.storageKey = "../../escaped";
      },
      true,
    );
    await refuse(traversing, /not a valid storage key/);
    expect(existsSync(path.join(path.dirname(documentsDir), "escaped"))).toBe(false);

    // the manifest must list exactly the database's documents
    const dropped = copyOf(backupDir, "dropped");
    editManifest(
      dropped,
      (m) => {
        m.documents.pop();
      },
      true,
    );
    await refuse(dropped, /in the database but not in the manifest/);

    // a document replaced by a link (to anything) is refused
    const linked = copyOf(backupDir, "linked");
    const target = path.join(linked, "documents", "docBBBBBBBBBBBBBBBBBBBBB");
    unlinkSync(target);
    symlinkSync(path.join(documentsDir, "docBBBBBBBBBBBBBBBBBBBBB"), target);
    await refuse(linked, /not a regular file/);

    // the genuine backup restores, owner-only
    const restored = await runScript("scripts/restore.ts", [backupDir], env);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(mode(databaseFile)).toBe(0o600);
    expect(mode(documentsDir)).toBe(0o700);
    expect(readdirSync(documentsDir).sort()).toEqual(before.documents);
  }, 60_000);
});
