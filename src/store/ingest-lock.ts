import { Neo4jError } from 'neo4j-driver';
import * as Q from './cypher/write.js';
import { StoreError } from './errors.js';
import type { Gateway, Tx } from './gateway.js';

// One writer at a time per database, whichever machine it runs on: the lock is an open
// transaction holding a write lock on one node, so Neo4j itself frees it when its holder dies.

export interface IngestLock {
  /**
   * Throws a StoreError if the lock is gone: a server that limits how long a transaction may
   * run (db.transaction.timeout, some hosted offerings) ends it, and then another run may write.
   */
  confirm(): Promise<void>;
  release(): Promise<void>;
}

const LOCK_PROBE_MS = 2000;

/** Takes the ingest lock; `onWait` is called once if another writer holds it. */
export async function takeIngestLock(store: Gateway, onWait: () => void): Promise<IngestLock> {
  await store.write((tx) => tx.rows(Q.ENSURE_LOCK));
  const take = (tx: Tx) => tx.rows(Q.TAKE_LOCK).then(() => undefined);
  // A probe with a time limit tells whether someone else holds it, so that waiting is
  // announced; the lock itself is a transaction without one.
  try {
    await (await store.hold(take, LOCK_PROBE_MS)).release();
  } catch (error) {
    if (!isTimeout(error)) throw error;
    onWait();
  }
  const held = await store.hold(take);
  return {
    async confirm() {
      try {
        await held.rows(Q.CONFIRM_LOCK);
      } catch (error) {
        // Neo4j gone altogether is said as such (the gateway names it); anything else ended
        // the lock's transaction.
        if (error instanceof StoreError) throw error;
        throw new StoreError(
          'store: the ingest lock was lost (Neo4j ended its transaction); rerun ingest, and raise db.transaction.timeout if the server sets one',
        );
      }
    },
    release: () => held.release(),
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|LockClientStopped/.test(error.code);
}
