// Shared by scripts/backup.ts and scripts/restore.ts: the manifest of a backup (row counts
// per table, sha256 of the database file and of every document), its authentication (an
// HMAC keyed by CNI_BACKUP_KEY, kept outside the backup) and its verification.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { lstat, readFile } from "node:fs/promises";
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
  /** HMAC-SHA256 (hex) of the manifest without this field, keyed by the backup key. */
  hmac?: string;
};

/** Backups, and everything in them, are the owner's only. */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_FOLDER = 0o700;

/**
 * A storage key as the portal makes them (random base64url, documents/store.ts): letters,
 * digits, "-" and "_" only — no dot, no separator, so never a path outside the folder.
 */
export const STORAGE_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * The key that authenticates manifests: CNI_BACKUP_KEY, else the file `backup.key` beside
 * the live database (created, owner-only, by the first backup). Either way it is not in
 * the backup folder: whoever can change a backup cannot sign it. Copy it somewhere safe
 * with the backups' off-site copies, separately.
 */
export function backupKey(databaseFile: string, create: boolean): { key: Buffer; from: string } {
  const fromEnv = process.env.CNI_BACKUP_KEY;
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error("CNI_BACKUP_KEY must be at least 16 characters");
    return { key: Buffer.from(fromEnv, "utf8"), from: "CNI_BACKUP_KEY" };
  }
  const file = path.join(path.dirname(path.resolve(databaseFile)), "backup.key");
  if (!existsSync(file)) {
    if (!create) {
      throw new Error(
        `no backup key: set CNI_BACKUP_KEY, or put the key file of the server that made the backup at ${file}`,
      );
    }
    try {
      writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, {
        mode: OWNER_ONLY_FILE,
        flag: "wx",
      });
    } catch (error) {
      // another backup created it at the same moment: use theirs
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return { key: Buffer.from(readFileSync(file, "utf8").trim(), "utf8"), from: file };
}

export function manifestHmac(manifest: Manifest, key: Buffer): string {
  const { hmac: _ignored, ...unsigned } = manifest;
  return createHmac("sha256", key).update(JSON.stringify(unsigned)).digest("hex");
}

export function signManifest(manifest: Manifest, key: Buffer): Manifest {
  return { ...manifest, hmac: manifestHmac(manifest, key) };
}

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

const sameHex = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Checks a backup folder against its manifest, in this order, stopping at the first stage
 * that fails (a forged manifest is not read further):
 * 1. the manifest's HMAC, with `key` (when given; the restore always gives it);
 * 2. its shape: the database file is `cni.db`, every storage key has the portal's format
 *    (no separators, no dots), no key twice;
 * 3. the database file's sha256, integrity and row counts;
 * 4. the manifest's documents are exactly the database's Document rows (key, sha256, size);
 * 5. every document is a regular file (not a link) with its sha256.
 * Returns the problems found (none = valid).
 */
export async function verifyBackup(
  dir: string,
  key?: Buffer,
): Promise<{ manifest: Manifest; problems: string[] }> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), "utf8")) as Manifest;
  if (key) {
    if (typeof manifest.hmac !== "string") {
      return { manifest, problems: ["the manifest is not signed (no hmac)"] };
    }
    if (!sameHex(manifest.hmac, manifestHmac(manifest, key))) {
      return {
        manifest,
        problems: [
          "the manifest's HMAC does not match: the backup was altered, or made with another CNI_BACKUP_KEY",
        ],
      };
    }
  }
  const problems: string[] = [];
  if (manifest.database?.file !== DATABASE_FILE) {
    problems.push(
      `the database file must be ${DATABASE_FILE} (got ${String(manifest.database?.file)})`,
    );
  }
  const documents = Array.isArray(manifest.documents) ? manifest.documents : [];
  const seen = new Set<string>();
  for (const document of documents) {
    const storageKey = String(document?.storageKey);
    if (!STORAGE_KEY.test(storageKey)) {
      problems.push(
        `document "${storageKey}": not a valid storage key (letters, digits, - and _ only)`,
      );
    } else if (seen.has(storageKey)) problems.push(`document ${storageKey} is listed twice`);
    seen.add(storageKey);
  }
  if (problems.length) return { manifest, problems };

  const databaseFile = path.join(dir, DATABASE_FILE);
  if ((await sha256File(databaseFile)) !== manifest.database.sha256) {
    problems.push(`${DATABASE_FILE}: sha256 differs from the manifest`);
    return { manifest, problems };
  }
  const client = openFile(databaseFile);
  let rows: Awaited<ReturnType<typeof referencedDocuments>> = [];
  try {
    const integrity = await integrityCheck(client);
    if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
    const counts = await tableCounts(client);
    for (const [table, count] of Object.entries(manifest.tables)) {
      if (counts[table] !== count) {
        problems.push(`${table}: ${counts[table]} rows, manifest says ${count}`);
      }
    }
    rows = await referencedDocuments(client);
  } finally {
    client.close();
  }
  const listed = new Map(documents.map((d) => [d.storageKey, d]));
  for (const row of rows) {
    const entry = listed.get(row.storageKey);
    if (!entry)
      problems.push(`document ${row.storageKey} is in the database but not in the manifest`);
    else if (entry.sha256 !== row.sha256 || entry.bytes !== row.bytes) {
      problems.push(`document ${row.storageKey}: the manifest and the database disagree on it`);
    }
    listed.delete(row.storageKey);
  }
  for (const extra of listed.keys()) {
    problems.push(`document ${extra} is in the manifest but not in the database`);
  }
  for (const document of documents) {
    const file = path.join(dir, DOCUMENTS_FOLDER, document.storageKey);
    const info = await lstat(file).catch(() => null);
    if (!info) problems.push(`document ${document.storageKey} is missing`);
    else if (!info.isFile()) problems.push(`document ${document.storageKey} is not a regular file`);
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
