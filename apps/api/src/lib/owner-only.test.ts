import { chmodSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDir } from "../../test/helpers.ts";
import { restrictDataPermissions } from "./owner-only.ts";

const mode = (file: string) => statSync(file).mode & 0o777;
const umask = process.umask();
afterAll(() => {
  process.umask(umask);
});

describe("restrictDataPermissions (issue 13 item 12)", () => {
  it("makes the database files 0600 and the documents folder 0700, and new files owner-only", () => {
    const dir = path.join(testDir(), `owner-only-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const database = path.join(dir, "cni.db");
    const documents = path.join(dir, "documents");
    for (const suffix of ["", "-wal"]) writeFileSync(`${database}${suffix}`, "x", { mode: 0o644 });
    mkdirSync(documents, { mode: 0o755 });
    chmodSync(documents, 0o755);
    restrictDataPermissions(database, documents);
    expect(mode(database)).toBe(0o600);
    expect(mode(`${database}-wal`)).toBe(0o600);
    expect(mode(documents)).toBe(0o700);
    // the umask: a file created without a mode afterwards is the owner's only
    writeFileSync(path.join(dir, "later"), "x");
    expect(mode(path.join(dir, "later"))).toBe(0o600);
  });
});
