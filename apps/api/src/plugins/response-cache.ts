// The store behind plugins/cache.ts: the kept answers of one (data version, Athens date)
// epoch in an lru-cache sized in bytes, each compressed at most once per encoding.
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";
import { LRUCache } from "lru-cache";

export type Encoding = "br" | "gzip";
export type Entry = {
  body: string | Buffer;
  etag: string;
  headers: Record<string, string>;
  /** Compressed once, on the first request that accepts each encoding. */
  encoded?: Partial<Record<Encoding, Buffer>>;
};

/** br if the client takes it, else gzip, else none (RFC 9110 Accept-Encoding, q=0 refuses). */
export function preferredEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get("*") ?? 0;
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
}

export function encode(body: string | Buffer, encoding: Encoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(body, { level: 6 });
}

const sizeOf = (entry: Entry, key: string) =>
  key.length +
  entry.body.length +
  (entry.encoded?.br?.length ?? 0) +
  (entry.encoded?.gzip?.length ?? 0);

/**
 * The kept answers of ONE (data version, Athens date) epoch, least recently used first out
 * of a byte budget (lru-cache, sized by body plus its compressed copies).
 */
export class ResponseCache {
  hits = 0;
  misses = 0;
  #epoch = "";
  readonly #entries: LRUCache<string, Entry>;

  constructor(maxBytes: number) {
    this.#entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      // one answer may take a quarter of the budget at most
      maxEntrySize: maxBytes / 4,
      sizeCalculation: sizeOf,
    });
  }

  /** Moves to a newer (version, date): older entries can never be served again. */
  enter(epoch: string) {
    if (epoch !== this.#epoch) {
      this.#epoch = epoch;
      this.#entries.clear();
    }
  }

  /** The body in this encoding, compressed once and kept (counted in the byte budget). */
  encoded(key: string, entry: Entry, encoding: Encoding): Buffer {
    entry.encoded ??= {};
    let bytes = entry.encoded[encoding];
    if (!bytes) {
      bytes = encode(entry.body, encoding);
      entry.encoded[encoding] = bytes;
      // set again so its size counts the compressed copy (if it is still kept)
      if (this.#entries.peek(key) === entry) this.#entries.set(key, entry);
    }
    return bytes;
  }

  get(epoch: string, key: string): Entry | undefined {
    return epoch === this.#epoch ? this.#entries.get(key) : undefined;
  }

  set(epoch: string, key: string, entry: Entry) {
    // A request that started before a write must not store under the newer epoch.
    if (epoch !== this.#epoch) return;
    this.#entries.set(key, entry);
  }

  get size() {
    return this.#entries.size;
  }

  clear() {
    this.#entries.clear();
    this.#epoch = "";
  }
}
