// `npm run backup [-- --out backups]`: a consistent copy of the live database and of the
// documents it refers to, while the server keeps running and writing.
//
// - The database: `VACUUM INTO` on a separate connection. It reads one snapshot (a read
//   transaction: in WAL mode writers carry on meanwhile) and writes a compact, standalone
//   SQLite file — every committed transaction up to that instant, nothing half-written.
// - The documents: exactly the files the snapshot's Document rows refer to, each checked
//   against the sha256 recorded at upload. (Documents are written before their row is
//   committed, never modified, and deleted only after their row is; should one vanish
//   between the snapshot and the copy, a new snapshot is taken.)
// - backups/<UTC timestamp>/{cni.db, documents/, manifest.json}: row counts per table,
//   sha256 of the database file and of every document, signed with an HMAC keyed by
//   CNI_BACKUP_KEY (or the key file beside the live database), so a restore can tell an
//   altered backup; then the copy is verified.
// - Owner-only: the folders 0700, the files 0600 (they hold personal data and sessions).
//
// Reads DATABASE_URL and CNI_DOCUMENTS_DIR like the server (apps/api/src/config.ts).
import { chmod, copyFile, mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, repoRoot } from "../apps/api/src/config.ts";
import {
  backupKey,
  DATABASE_FILE,
  DOCUMENTS_FOLDER,
  fileUrlPath,
  integrityCheck,
  MANIFEST,
  type Manifest,
  OWNER_ONLY_FILE,
  OWNER_ONLY_FOLDER,
  openFile,
  referencedDocuments,
  STORAGE_KEY,
  sha256File,
  signManifest,
  tableCounts,
  verifyBackup,
} from "./backup.lib.ts";

// Whatever this process creates (VACUUM INTO's file included) is the owner's only.
process.umask(0o077);

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "backups" },
    quiet: { type: "boolean", default: false },
  },
});
const log = (line: string) => {
  if (!values.quiet) process.stdout.write(`${line}\n`);
};

const config = loadConfig();
const databaseFile = fileUrlPath(config.databaseUrl);
const { key, from: keyFrom } = backupKey(databaseFile, true);
const stamp = new Date()
  .toISOString()
  .replace(/:/g, "-")
  .replace(/\.\d+Z$/, "Z");
let dir = path.resolve(repoRoot, values.out, stamp);
for (
  let n = 2;
  await stat(dir).then(
    () => true,
    () => false,
  );
  n += 1
) {
  dir = path.resolve(repoRoot, values.out, `${stamp}-${n}`);
}
const started = performance.now();

async function attempt(): Promise<Manifest | null> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, DOCUMENTS_FOLDER), { recursive: true, mode: OWNER_ONLY_FOLDER });
  await chmod(dir, OWNER_ONLY_FOLDER);
  const target = path.join(dir, DATABASE_FILE);
  const live = openFile(databaseFile);
  try {
    await live.execute("PRAGMA busy_timeout = 5000");
    await live.execute({ sql: "VACUUM INTO ?", args: [target] });
  } finally {
    live.close();
  }
  await chmod(target, OWNER_ONLY_FILE);
  const copy = openFile(target);
  let tables: Record<string, number>;
  let integrity: string;
  let documents: Awaited<ReturnType<typeof referencedDocuments>>;
  try {
    integrity = await integrityCheck(copy);
    tables = await tableCounts(copy);
    documents = await referencedDocuments(copy);
  } finally {
    copy.close();
  }
  if (integrity !== "ok") throw new Error(`The copy fails integrity_check: ${integrity}`);
  for (const document of documents) {
    if (!STORAGE_KEY.test(document.storageKey)) {
      throw new Error(
        `document row with an invalid storage key: ${JSON.stringify(document.storageKey)}`,
      );
    }
    const source = path.join(config.documentsDir, document.storageKey);
    const destination = path.join(dir, DOCUMENTS_FOLDER, document.storageKey);
    try {
      await copyFile(source, destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        log(`document ${document.storageKey} was deleted meanwhile: taking a new snapshot`);
        return null;
      }
      throw error;
    }
    await chmod(destination, OWNER_ONLY_FILE);
    const sha256 = await sha256File(destination);
    if (sha256 !== document.sha256) {
      throw new Error(`document ${document.storageKey}: sha256 differs from the database's`);
    }
  }
  return {
    format: 1,
    createdAt: new Date().toISOString(),
    source: { database: config.databaseUrl, documentsDir: config.documentsDir },
    database: {
      file: DATABASE_FILE,
      bytes: (await stat(target)).size,
      sha256: await sha256File(target),
      integrityCheck: integrity,
    },
    tables,
    documents,
  };
}

let manifest: Manifest | null = null;
for (let tries = 0; !manifest && tries < 5; tries += 1) manifest = await attempt();
if (!manifest) throw new Error("Documents kept disappearing during the backup; try again");
await writeFile(
  path.join(dir, MANIFEST),
  `${JSON.stringify(signManifest(manifest, key), null, 2)}\n`,
  {
    mode: OWNER_ONLY_FILE,
  },
);

const { problems } = await verifyBackup(dir, key);
if (problems.length) {
  process.stderr.write(`The backup in ${dir} does not verify:\n  ${problems.join("\n  ")}\n`);
  process.exit(1);
}
const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
log(
  `Backup: ${dir}\n  ${DATABASE_FILE}: ${(manifest.database.bytes / 1024 / 1024).toFixed(1)} MB, ` +
    `${rows} rows in ${Object.keys(manifest.tables).length} tables, integrity ok\n` +
    `  ${manifest.documents.length} documents, sha256 verified\n` +
    `  manifest signed with the key from ${keyFrom} (keep a copy of it apart from the backups)\n` +
    `  in ${((performance.now() - started) / 1000).toFixed(1)} s. Restore: npm run restore -- ${path.relative(repoRoot, dir)}`,
);
// the last line is the folder, for scripts
process.stdout.write(`${dir}\n`);
