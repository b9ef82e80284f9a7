// The data the API and page tests read: the project's corpus plus one article whose title,
// outlet and sentences carry HTML, ingested by the real pipeline into the TEST Neo4j.
import type { Driver } from 'neo4j-driver';
import { isDeepStrictEqual } from 'node:util';
import { runIngest } from '../../../ingest/run-ingest.js';
import { createGateway } from '../../../src/store/gateway.js';
import { createGraphReader, type GraphReader } from '../../../src/store/read.js';
import {
  openTestDriver,
  query,
  resetDatabase,
  testNeo4jConfig,
  testWriter,
} from '../../support/neo4j.js';
import { graphSnapshot } from '../../support/snapshot.js';

export const XSS_ARTICLE_DIR = 'test/web/fixtures';
// Its file name has spaces, as many a user's do: the id keeps them.
export const XSS_ARTICLE_ID = '990 xss probe';
export const XSS_PAYLOAD = '<img src=x onerror=alert(1)>';
export const CORPUS_ARTICLES = 3;

export interface IngestedCorpus {
  driver: Driver;
  store: GraphReader;
  close(): Promise<void>;
}

type Snapshot = Awaited<ReturnType<typeof graphSnapshot>>;

/** What the last ingest here left in the store, for the next file that asks for the same. */
let left: { counts: unknown; snapshot: Snapshot } | undefined;

const counts = (driver: Driver) =>
  query(driver, 'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships');

/**
 * Empties the test database, ingests corpus/ and the XSS probe, waits for the indexes. Several
 * files read this same graph one after another: when the store still holds exactly what the last
 * ingest here left (no file in between changed it), it is used as it is.
 */
export async function ingestCorpus(): Promise<IngestedCorpus> {
  const driver = await openTestDriver();
  const config = testNeo4jConfig();
  const unchanged =
    left !== undefined &&
    isDeepStrictEqual(await counts(driver), left.counts) &&
    isDeepStrictEqual(await graphSnapshot(driver), left.snapshot);
  if (!unchanged) {
    left = undefined;
    await resetDatabase(driver);
    const summary = await runIngest(testWriter(driver), {
      paths: ['corpus', XSS_ARTICLE_DIR],
    });
    const [skipped] = summary.files.skipped;
    if (skipped) throw new Error(`test: ingest skipped a file: ${skipped}`);
    await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database: config.database });
    left = { counts: await counts(driver), snapshot: await graphSnapshot(driver) };
  }
  return {
    driver,
    store: createGraphReader(createGateway(driver, config)),
    close: () => driver.close(),
  };
}
