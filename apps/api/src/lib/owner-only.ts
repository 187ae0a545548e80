// The database, its WAL and the documents hold personal data and session hashes: only the
// account the server runs as may read them (0600 files, 0700 folders), whatever the umask
// of the shell that started it.
import { chmodSync, existsSync, mkdirSync } from "node:fs";

export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_FOLDER = 0o700;

/**
 * Call first thing at start: every file this process creates from now on is owner-only,
 * and the existing database files and documents folder are made so.
 */
export function restrictDataPermissions(databaseFile: string | null, documentsDir: string) {
  process.umask(0o077);
  if (databaseFile) {
    for (const suffix of ["", "-wal", "-shm"]) {
      const file = `${databaseFile}${suffix}`;
      if (existsSync(file)) chmodSync(file, OWNER_ONLY_FILE);
    }
  }
  mkdirSync(documentsDir, { recursive: true, mode: OWNER_ONLY_FOLDER });
  chmodSync(documentsDir, OWNER_ONLY_FOLDER);
}
