// Signed-in requests without a database round trip for the session: the session and its
// user, and "is this municipality a party today", kept in memory per data version (the last
// AuditEntry rowid, as the response cache reads it — docs/decisions/002 and 120).
//
// Why the data version is enough to invalidate: everything that ends or changes a session's
// user writes an audit entry in its transaction — sign-in (which ends the browser's previous
// session), sign-out, deactivation, verification or refusal, renaming, password change or
// reset (which end the other sessions), an accepted invitation, the hourly clean-up. So a
// newer version, written by this process or another one, makes every kept entry unusable.
// A change to Session or User that affects `request.user` must therefore keep writing its
// audit entry (or call `forget`).
//
// The cache never extends a session: an entry keeps the lastSeenAt it was read with (or
// wrote itself), which is never later than the row's, and the idle (2 h) and absolute
// (12 h) limits are checked against it on every hit; a session that looks expired here is
// looked up again in the database, which decides (and deletes it).
import { LRUCache } from "lru-cache";
import type { SessionUser } from "./access.ts";

export type CachedSession = {
  id: string;
  csrfToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Epoch milliseconds; the last value this process read or wrote. */
  lastSeenAt: number;
  user: SessionUser;
  /** A coordinator's "view as" (lib/view-as.ts): whose view, since when (epoch ms). */
  viewAsUserId?: string | null;
  viewAsStartedAt?: number | null;
};

type Kept = { version: string; session: CachedSession };

/**
 * Coalesces concurrent reads of the data version: requests that arrive while one query is
 * pending share its answer. (Safe for the same reason as in plugins/cache.ts: queries run in
 * order on the one connection, so a request that arrived after a write committed finds the
 * earlier query settled and asks again.)
 */
export function coalesced(read: () => Promise<string>): () => Promise<string> {
  let pending: Promise<string> | null = null;
  return () => {
    pending ??= read().finally(() => {
      pending = null;
    });
    return pending;
  };
}

export class SessionCache {
  hits = 0;
  misses = 0;
  readonly #sessions: LRUCache<string, Kept>;
  /** "version|day|municipalityId" → whether it is a party that day; one version at a time. */
  #parties = new Map<string, boolean>();
  #partiesVersion = "";

  constructor(max = 10_000) {
    this.#sessions = new LRUCache<string, Kept>({ max });
  }

  /** The session kept for this token hash, if it was read at this data version. */
  get(id: string, version: string): CachedSession | undefined {
    const kept = this.#sessions.get(id);
    if (kept?.version === version) {
      this.hits += 1;
      return kept.session;
    }
    if (kept) this.#sessions.delete(id);
    this.misses += 1;
    return undefined;
  }

  /** Keep a session read from the database at (or after) `version`. */
  set(version: string, session: CachedSession) {
    this.#sessions.set(session.id, { version, session });
  }

  forget(id: string) {
    this.#sessions.delete(id);
  }

  clear() {
    this.#sessions.clear();
    this.#parties.clear();
  }

  get size() {
    return this.#sessions.size;
  }

  /** `isParty(municipalityId, day)`, asked once per (data version, day, municipality). */
  async isParty(
    version: string,
    municipalityId: string,
    day: string,
    ask: () => Promise<boolean>,
  ): Promise<boolean> {
    if (version !== this.#partiesVersion) {
      this.#parties.clear();
      this.#partiesVersion = version;
    }
    const key = `${day}|${municipalityId}`;
    const known = this.#parties.get(key);
    if (known !== undefined) return known;
    const answer = await ask();
    // stored only if no newer version arrived meanwhile
    if (version === this.#partiesVersion) this.#parties.set(key, answer);
    return answer;
  }
}

/** The session's state now: "expired" if either limit has passed by what is known here. */
export function sessionExpired(
  session: Pick<CachedSession, "expiresAt" | "lastSeenAt">,
  now: number,
  idleMs: number,
): boolean {
  return session.expiresAt <= now || now - session.lastSeenAt > idleMs;
}
