import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../src/store/driver.js';
import { openDriver } from '../../src/store/driver.js';
import { createGateway } from '../../src/store/gateway.js';
import { createGraphWriter, type GraphWriter } from '../../src/store/write.js';

/**
 * The Neo4j the tests use: the project's TEST instance, which `npm test` starts (scripts/test.ts)
 * and hands over through these variables, so tests never touch the data `npm start` ingested.
 */
export function testNeo4jConfig(): Neo4jConfig {
  const uri = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  if (!uri) {
    throw new Error('test: NEWSGRAPH_TEST_NEO4J_URI is unset; run the tests with `npm test`');
  }
  return {
    uri,
    local: false,
    user: process.env.NEWSGRAPH_TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? 'newsgraph-local',
    database: process.env.NEWSGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j',
  };
}

export function openTestDriver(): Promise<Driver> {
  return openDriver(testNeo4jConfig());
}

/** The writer ingest uses, over a test driver (which the test closes). */
export function testWriter(driver: Driver): GraphWriter {
  return createGraphWriter(createGateway(driver, testNeo4jConfig()));
}

/**
 * Empties the test database, so each suite and case starts from no data. The schema stays unless
 * asked: it is the one every ingest makes (ensureSchema creates what is missing), and dropping
 * and making its twenty constraints and indexes again took seconds a reset, most of what a small
 * case cost. A suite that holds what a fresh store's schema gives drops it first.
 */
export async function resetDatabase(driver: Driver, { dropSchema = false } = {}): Promise<void> {
  const { database } = testNeo4jConfig();
  // Relationships, then nodes, in batches: one transaction over a 10k-entity graph and its
  // co-mentions outgrows the server's transaction memory limit, and so does a batch of nodes
  // that detaches hubs.
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  if (!dropSchema) return;
  const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database });
  for (const r of records)
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\``, {}, { database });
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'",
    {},
    { database },
  );
  for (const r of indexes.records)
    await driver.executeQuery(`DROP INDEX \`${r.get('name')}\``, {}, { database });
}

/** Runs one query against the test database and returns plain objects. */
export async function query<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { database } = testNeo4jConfig();
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => r.toObject() as T);
}
