// Proves "all or nothing" without a hook in production code: a client whose interactive
// transactions run the use case's callback (every write), then `afterWrites(tx)` (to look at
// what was written inside the transaction), then fail before commit.
import type { Db, Tx } from "../src/db/client.ts";

export const INJECTED_FAILURE = "injected failure before commit";

export function failingBeforeCommit(
  db: Db,
  afterWrites: (tx: Tx) => Promise<void> = async () => {},
): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property === "$transaction") {
        return (
          callback: (tx: Tx) => Promise<unknown>,
          options?: Parameters<Db["$transaction"]>[1],
        ) =>
          target.$transaction(async (tx) => {
            await callback(tx);
            await afterWrites(tx);
            throw new Error(INJECTED_FAILURE);
          }, options);
      }
      return Reflect.get(target, property, target);
    },
  });
}
