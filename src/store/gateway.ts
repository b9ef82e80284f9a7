import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { describeStoreFailure, type StoreTarget } from './errors.js';

export type Params = Record<string, unknown>;

/** What a statement changed, summed over a transaction. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** One transaction as the reader and the writer see it: rows come back as plain objects. */
export interface Tx {
  /** Runs a statement; each row is an object keyed by the names in its RETURN. */
  rows<T>(cypher: string, params?: Params): Promise<T[]>;
}

/** A transaction held open until its holder ends it (the ingest lock). */
export interface HeldTx extends Tx {
  /** Ends it without keeping anything it wrote. */
  release(): Promise<void>;
}

/**
 * The one door to Neo4j. It owns the sessions and their bookmarks (every session shares the
 * driver's bookmark manager, so a read issued after a write sees it, even on a cluster), the
 * retry policy, and the mapping of "Neo4j is not usable" failures to a one-line StoreError.
 */
export interface Gateway {
  readonly target: StoreTarget;
  /** One read transaction; transient failures are retried a few times, briefly. */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One statement in a read transaction of its own, as `read` runs it. */
  rows<T>(cypher: string, params?: Params): Promise<T[]>;
  /**
   * One write transaction, retried as a whole on transient failures (a deadlock, a leader
   * switch): `work` must be safe to run again from the start.
   */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Like write, also returning what the transaction changed. */
  writeCounting(work: (tx: Tx) => Promise<void>): Promise<WriteCounters>;
  /**
   * Opens a write transaction and runs `first` in it, leaving it open. With `timeoutMs` the
   * server gives up after that long (a lock wait, say) and the returned promise rejects.
   */
  hold(first: (tx: Tx) => Promise<void>, timeoutMs?: number): Promise<HeldTx>;
  close(): Promise<void>;
}

// Reads are retried briefly by hand: the driver's executeRead would retry an unreachable server
// for its whole maxTransactionRetryTime, and a page would wait that long for its 503.
const READ_ATTEMPTS = 3;

/** A gateway over an open driver; closing the gateway closes the driver. */
export function createGateway(driver: Driver, target: StoreTarget): Gateway {
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
  // A connection that breaks mid-commit can surface as the driver's own TypeError rather than
  // ServiceUnavailable (neo4j-driver 6.3): a failure the driver does not name is asked whether
  // Neo4j is still there, and if it is not, that is the failure reported.
  const unavailable = async (error: unknown) =>
    describeStoreFailure(error, target) ??
    (error instanceof Neo4jError
      ? undefined
      : await driver.getServerInfo({ database: target.database }).then(
          () => undefined,
          (probe: unknown) => describeStoreFailure(probe, target),
        ));
  const mapped = async (error: unknown) => (await unavailable(error)) ?? error;

  const write = async <T>(work: (tx: Tx) => Promise<T>, counters?: WriteCounters) => {
    const s = session('WRITE');
    try {
      return await s.executeWrite((tx) => {
        if (counters) Object.assign(counters, zeroCounters());
        return work(wrap(tx, counters));
      });
    } catch (error) {
      throw await mapped(error);
    } finally {
      await s.close();
    }
  };

  const gateway: Gateway = {
    target,

    async read(work) {
      for (let attempt = 1; ; attempt++) {
        const s = session('READ');
        try {
          const tx = await s.beginTransaction();
          try {
            const result = await work(wrap(tx));
            await tx.commit();
            return result;
          } finally {
            if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          }
        } catch (error) {
          const gone = await unavailable(error);
          if (gone) throw gone;
          if (attempt >= READ_ATTEMPTS || !isTransient(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        } finally {
          await s.close();
        }
      }
    },

    rows: (cypher, params) => gateway.read((tx) => tx.rows(cypher, params)),

    write: (work) => write(work),

    async writeCounting(work) {
      const counters = zeroCounters();
      await write(work, counters);
      return counters;
    },

    async hold(first, timeoutMs) {
      const s = session('WRITE');
      try {
        const tx = await s.beginTransaction(timeoutMs === undefined ? {} : { timeout: timeoutMs });
        const held = wrap(tx);
        await first(held);
        return {
          // Held for minutes: what breaks it later is mapped like any other failure.
          async rows<T>(cypher: string, params?: Params) {
            try {
              return await held.rows<T>(cypher, params);
            } catch (error) {
              throw await mapped(error);
            }
          },
          async release() {
            try {
              if (tx.isOpen()) await tx.rollback().catch(() => undefined);
            } finally {
              await s.close();
            }
          },
        };
      } catch (error) {
        await s.close();
        throw await mapped(error);
      }
    },

    close: () => driver.close(),
  };
  return gateway;
}

export const zeroCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
});

export function addCounters(total: WriteCounters, more: WriteCounters): void {
  total.nodesCreated += more.nodesCreated;
  total.nodesDeleted += more.nodesDeleted;
  total.relationshipsCreated += more.relationshipsCreated;
  total.relationshipsDeleted += more.relationshipsDeleted;
}

function wrap(tx: Pick<ManagedTransaction, 'run'>, counters?: WriteCounters): Tx {
  return {
    async rows<T>(cypher: string, params: Params = {}) {
      const result = await tx.run(cypher, params);
      if (counters) addCounters(counters, result.summary.counters.updates());
      return result.records.map((r) => r.toObject() as T);
    },
  };
}

export function isTransient(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.');
}
