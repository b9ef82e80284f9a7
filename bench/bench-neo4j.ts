// The bench's own Neo4j: instance 'bench', on its own ports and data folder, so a benchmark never
// touches a user's graph ('main') or the tests' ('test'). Started by the bench, stopped after it
// unless it was already running. The launcher refuses ports another program holds, so the bench
// fails rather than wipe someone else's server.
import type { Driver } from 'neo4j-driver';
import { startLocalNeo4j, stopLocalNeo4j } from '../scripts/neo4j/local.js';
import type { Config } from '../src/config.js';
import { openDriver } from '../src/store/driver.js';
import { createGateway } from '../src/store/gateway.js';
import { createGraphWriter, type GraphWriter } from '../src/store/write.js';

// Ports are the 'bench' preset of scripts/neo4j/options.ts, so `npm run neo4j:stop -- --instance
// bench` finds it too.
export const BENCH_NEO4J = {
  instance: 'bench',
  // Room for the 100k-entity graph: the defaults are sized for a laptop running two instances.
  heapInitial: '1g',
  heapMax: '2g',
  pageCache: '1g',
} as const;

export interface BenchNeo4j {
  config: Config['neo4j'];
  driver: Driver;
  writer: GraphWriter;
  /** The server's process, to read its CPU time. */
  pid: number | undefined;
  /** Deletes every node and relationship; the schema stays. */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

/** Another local instance than 'bench', for a second bench beside the first. */
export interface BenchInstance {
  instance: string;
  boltPort?: number | undefined;
  httpPort?: number | undefined;
}

export async function startBenchNeo4j(
  log: (line: string) => void,
  where: BenchInstance = BENCH_NEO4J,
): Promise<BenchNeo4j> {
  const options = {
    ...BENCH_NEO4J,
    instance: where.instance,
    ...(where.boltPort === undefined ? {} : { boltPort: where.boltPort }),
    ...(where.httpPort === undefined ? {} : { httpPort: where.httpPort }),
  };
  const started = await startLocalNeo4j({ ...options, log });
  log(
    started.alreadyRunning
      ? `neo4j: already running at ${started.uri}, with the memory it was started with (the bench starts it with heap ${BENCH_NEO4J.heapMax}, page cache ${BENCH_NEO4J.pageCache})`
      : `neo4j: started at ${started.uri}`,
  );
  const config: Config['neo4j'] = {
    uri: started.uri,
    local: false,
    user: started.user,
    password: started.password,
    database: started.database,
  };
  const driver = await openDriver(config);
  return {
    config,
    driver,
    writer: createGraphWriter(createGateway(driver, config)),
    pid: started.pid,
    async wipe() {
      // CALL … IN TRANSACTIONS needs an implicit transaction: session.run, not executeQuery.
      // Relationships go first, in batches of their own: detaching 2,000 nodes at a time put
      // every relationship of a hub (a country in 100k articles) into one transaction, past the
      // memory of an instance started with the defaults.
      const session = driver.session({ database: config.database });
      try {
        await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
        await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    async close() {
      await driver.close();
      if (!started.alreadyRunning) await stopLocalNeo4j(options);
    },
  };
}
