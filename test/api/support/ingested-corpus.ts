// The data the API and page tests read: the project's corpus plus one article whose title,
// outlet and sentences carry HTML, ingested by the real pipeline into the TEST Neo4j.
import type { Driver } from 'neo4j-driver';
import { runIngest } from '../../../ingest/run-ingest.js';
import { createGateway } from '../../../src/store/gateway.js';
import { createGraphReader, type GraphReader } from '../../../src/store/read.js';
import { openTestDriver, resetDatabase, testNeo4jConfig, testWriter } from '../../support/neo4j.js';

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

/** Empties the test database, ingests corpus/ and the XSS probe, waits for the indexes. */
export async function ingestCorpus(): Promise<IngestedCorpus> {
  const driver = await openTestDriver();
  const config = testNeo4jConfig();
  await resetDatabase(driver);
  const summary = await runIngest(testWriter(driver), {
    paths: ['corpus', XSS_ARTICLE_DIR],
  });
  const [skipped] = summary.files.skipped;
  if (skipped) throw new Error(`test: ingest skipped a file: ${skipped}`);
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database: config.database });
  return {
    driver,
    store: createGraphReader(createGateway(driver, config)),
    close: () => driver.close(),
  };
}
