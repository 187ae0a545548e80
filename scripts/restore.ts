// `npm run restore -- backups/<timestamp>`: puts a backup made by `npm run backup` back as
// the live database and documents folder (DATABASE_URL, CNI_DOCUMENTS_DIR, as the server).
//
// 1. Verifies the backup: the manifest's HMAC (CNI_BACKUP_KEY, or the key file beside the
//    live database), every storage key's format (no separators: nothing is written outside
//    the documents folder), the manifest's documents against the backup database's Document
//    rows, the sha256 of the database file and of every document, integrity_check, row
//    counts. An altered, incomplete or traversing backup is refused and nothing changes.
// 2. Refuses while the server (or anything else) has the live database open — stop the
//    server first: a running server would keep writing to the file being replaced.
// 3. Keeps the current database (with its -wal/-shm) and documents folder beside them as
//    `*.before-restore-<timestamp>`; nothing is deleted.
// 4. Copies the backup into staging files beside the live ones and checks the exact files
//    copied (sha256) before anything live is touched; then renames them into place and
//    checks the restored copy again: same row counts, every document's sha256.
// Everything it creates is owner-only (0600 files, 0700 folders).
import { chmod, copyFile, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, repoRoot } from "../apps/api/src/config.ts";
import {
  backupKey,
  DATABASE_FILE,
  DOCUMENTS_FOLDER,
  fileUrlPath,
  integrityCheck,
  OWNER_ONLY_FILE,
  OWNER_ONLY_FOLDER,
  openFile,
  processesUsing,
  STORAGE_KEY,
  sha256File,
  tableCounts,
  verifyBackup,
} from "./backup.lib.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const source = positionals[0];
if (!source) {
  process.stderr.write("Usage: npm run restore -- <backup folder, e.g. backups/2026-...Z>\n");
  process.exit(2);
}
const dir = path.resolve(repoRoot, source);
const fail = (message: string): never => {
  process.stderr.write(`Restore refused: ${message}\n`);
  process.exit(1);
};

process.umask(0o077);
const config = loadConfig();
const databaseFile = path.resolve(fileUrlPath(config.databaseUrl));
let key: Buffer;
try {
  key = backupKey(databaseFile, false).key;
} catch (error) {
  fail((error as Error).message);
}

const { manifest, problems } = await verifyBackup(dir, key!).catch((error: Error) =>
  fail(`${dir} is not a readable backup (${error.message})`),
);
if (problems.length) fail(`the backup does not verify:\n  ${problems.join("\n  ")}`);

const users = processesUsing(databaseFile);
if (users.length) {
  fail(
    `${databaseFile} is open in process ${users.join(", ")} (the server?). ` +
      "Stop the server, then run the restore again.",
  );
}
try {
  const response = await fetch(`http://${config.host}:${config.port}/api/health`, {
    signal: AbortSignal.timeout(1000),
  });
  if (response.ok) fail(`a server answers on ${config.host}:${config.port}; stop it first.`);
} catch {
  // nothing listens there: good
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
const stamp = new Date()
  .toISOString()
  .replace(/:/g, "-")
  .replace(/\.\d+Z$/, "Z");
// Stage: copy into temporary names beside the live files and check exactly what was copied.
await mkdir(path.dirname(databaseFile), { recursive: true, mode: OWNER_ONLY_FOLDER });
const temporary = `${databaseFile}.restoring-${stamp}`;
const documentsDir = config.documentsDir;
const staging = `${documentsDir}.restoring-${stamp}`;
const discardStaging = () =>
  Promise.all([rm(temporary, { force: true }), rm(staging, { recursive: true, force: true })]);
try {
  await copyFile(path.join(dir, DATABASE_FILE), temporary);
  await chmod(temporary, OWNER_ONLY_FILE);
  if ((await sha256File(temporary)) !== manifest.database.sha256) {
    throw new Error(`the copied ${DATABASE_FILE} differs from the manifest`);
  }
  await mkdir(staging, { recursive: true, mode: OWNER_ONLY_FOLDER });
  for (const document of manifest.documents) {
    // verified above; checked again right where a path is built from it
    if (!STORAGE_KEY.test(document.storageKey)) throw new Error("invalid storage key");
    const copied = path.join(staging, document.storageKey);
    await copyFile(path.join(dir, DOCUMENTS_FOLDER, document.storageKey), copied);
    await chmod(copied, OWNER_ONLY_FILE);
    if ((await sha256File(copied)) !== document.sha256) {
      throw new Error(`the copied document ${document.storageKey} differs from the manifest`);
    }
  }
} catch (error) {
  await discardStaging();
  fail(`${(error as Error).message}; nothing was changed`);
}

const kept: string[] = [];
for (const suffix of ["", "-wal", "-shm"]) {
  // A stale -wal next to the restored file would be replayed into it: move it away too.
  const file = `${databaseFile}${suffix}`;
  if (await exists(file)) {
    const aside = `${databaseFile}.before-restore-${stamp}${suffix}`;
    await rename(file, aside);
    kept.push(aside);
  }
}
await rename(temporary, databaseFile);
if (await exists(documentsDir)) {
  const aside = `${documentsDir}.before-restore-${stamp}`;
  await rename(documentsDir, aside);
  kept.push(aside);
}
await rename(staging, documentsDir);

// Check what is now live.
const restored = openFile(databaseFile);
const errors: string[] = [];
try {
  const integrity = await integrityCheck(restored);
  if (integrity !== "ok") errors.push(`integrity_check: ${integrity}`);
  const counts = await tableCounts(restored);
  for (const [table, count] of Object.entries(manifest.tables)) {
    if (counts[table] !== count) errors.push(`${table}: ${counts[table]} rows, expected ${count}`);
  }
} finally {
  restored.close();
}
for (const document of manifest.documents) {
  const sha256 = await sha256File(path.join(documentsDir, document.storageKey));
  if (sha256 !== document.sha256) errors.push(`document ${document.storageKey}: sha256 differs`);
}
if (errors.length) {
  process.stderr.write(`The restored copy does not match the backup:\n  ${errors.join("\n  ")}\n`);
  process.exit(1);
}
const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
const documentCount = (await readdir(documentsDir)).length;
process.stdout.write(
  `Restored ${dir} (taken ${manifest.createdAt})\n` +
    `  into ${databaseFile}: ${rows} rows in ${Object.keys(manifest.tables).length} tables, integrity ok\n` +
    `  and ${documentsDir}: ${documentCount} documents, sha256 verified\n` +
    (kept.length ? `  previous files kept: ${kept.join(", ")}\n` : "") +
    "Start the server again (npm start).\n",
);
