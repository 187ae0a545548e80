// Ids for rows written with raw SQL (e.g. a batch of notices in one INSERT): the same shape
// as the cuid()s Prisma generates for `@default(cuid())` (cuid v1: "c", the time, a counter,
// a host fingerprint and random blocks, lower-case base 36, 25 characters), so such rows are
// indistinguishable from those written through Prisma.
import { randomBytes } from "node:crypto";
import os from "node:os";

const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;

const pad = (text: string, size: number) => text.padStart(size, "0").slice(-size);

const fingerprint = (() => {
  const pid = pad(process.pid.toString(BASE), 2);
  const host = os.hostname();
  let sum = host.length + BASE;
  for (const char of host) sum += char.charCodeAt(0);
  return pid + pad(sum.toString(BASE), 2);
})();

let counter = 0;

// random bytes drawn 4 KB at a time: one call per id costs more than the rest of the id
let pool = randomBytes(4096);
let offset = 0;

function randomBlock(): string {
  if (offset + 4 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const value = pool.readUInt32BE(offset);
  offset += 4;
  return pad((value % DISCRETE).toString(BASE), BLOCK);
}

// the time part, formatted once per millisecond (a circulation makes ≈ 220 ids at once)
let lastMs = -1;
let lastTime = "";

/** A new cuid (v1 format): unique per process by its counter and time, across processes by the fingerprint and 41 random bits. */
export function newCuid(): string {
  counter = counter < DISCRETE - 1 ? counter + 1 : 0;
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = now.toString(BASE);
  }
  return (
    "c" +
    lastTime +
    pad(counter.toString(BASE), BLOCK) +
    fingerprint +
    randomBlock() +
    randomBlock()
  );
}
