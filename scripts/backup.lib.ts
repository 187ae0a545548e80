// Shared by scripts/backup.ts and scripts/restore.ts: the manifest of a backup (row counts
// per table, sha256 of the database file and of every document) and its verification.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Client, createClient } from "@libsql/client";

export const MANIFEST = "manifest.json";
export const DATABASE_FILE = "cni.db";
export const DOCUMENTS_FOLDER = "documents";

export type Manifest = {
  format: 1;
  createdAt: string;
  source: { database: string; documentsDir: string };
  database: { file: string; bytes: number; sha256: string; integrityCheck: string };
  tables: Record<string, number>;
  documents: { storageKey: string; bytes: number; sha256: string }[];
};

export function fileUrlPath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`Only file: databases can be backed up this way (got ${databaseUrl})`);
  }
  return databaseUrl.slice("file:".length);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function openFile(file: string): Client {
  return createClient({ url: `file:${file}` });
}

/** Row counts of every table (Prisma's migration table included). */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    const result = await client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

export async function integrityCheck(client: Client): Promise<string> {
  const result = await client.execute("PRAGMA integrity_check");
  return result.rows.map((row) => String(Object.values(row)[0])).join("; ");
}

/** The documents the database refers to, with the sha256 it recorded at upload. */
export async function referencedDocuments(client: Client) {
  const result = await client.execute(
    'SELECT "storageKey", "sha256", "size" FROM "Document" ORDER BY "storageKey"',
  );
  return result.rows.map((row) => ({
    storageKey: String(row.storageKey),
    sha256: String(row.sha256),
    bytes: Number(row.size),
  }));
}

/**
 * Checks a backup folder against its manifest: the database file's sha256, integrity and
 * row counts, and every document's sha256. Returns the problems found (none = valid).
 */
export async function verifyBackup(
  dir: string,
): Promise<{ manifest: Manifest; problems: string[] }> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), "utf8")) as Manifest;
  const problems: string[] = [];
  const databaseFile = path.join(dir, manifest.database.file);
  if ((await sha256File(databaseFile)) !== manifest.database.sha256) {
    problems.push(`${manifest.database.file}: sha256 differs from the manifest`);
  }
  const client = openFile(databaseFile);
  try {
    const integrity = await integrityCheck(client);
    if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
    const counts = await tableCounts(client);
    for (const [table, count] of Object.entries(manifest.tables)) {
      if (counts[table] !== count) {
        problems.push(`${table}: ${counts[table]} rows, manifest says ${count}`);
      }
    }
  } finally {
    client.close();
  }
  for (const document of manifest.documents) {
    const file = path.join(dir, DOCUMENTS_FOLDER, document.storageKey);
    if (!existsSync(file)) problems.push(`document ${document.storageKey} is missing`);
    else if ((await sha256File(file)) !== document.sha256) {
      problems.push(`document ${document.storageKey}: sha256 differs`);
    }
  }
  return { manifest, problems };
}

/**
 * Processes that have this database open (Linux: /proc/<pid>/fd). A running server keeps
 * its connection open, so this is how a restore knows it must refuse.
 */
export function processesUsing(databaseFile: string): number[] {
  if (!existsSync("/proc/self/fd")) return [];
  const targets = new Set(
    ["", "-wal", "-shm"].map((suffix) => path.resolve(`${databaseFile}${suffix}`)),
  );
  if (existsSync(databaseFile)) targets.add(realpathSync(databaseFile));
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(pid);
          break;
        }
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return pids;
}
