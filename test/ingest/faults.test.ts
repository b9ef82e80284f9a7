import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { startLocalNeo4j, stopLocalNeo4j } from '../../scripts/neo4j/local.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { createGraphWriter } from '../../src/store/write.js';
import { eventually } from '../support/eventually.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, resetDatabase, testNeo4jConfig } from '../support/neo4j.js';

const ARTICLES = 60;
const CORPUS_IDS = ['000_1b7203abec72d9dd', '002_0e3d89767e0d8685', '003_3db02aaac1c87e1d'];

/** Distinct articles (the corpus texts with a line of their own), enough for many transactions. */
async function writeManyArticles(dir: CorpusDir): Promise<void> {
  const texts = await Promise.all(CORPUS_IDS.map(corpusArticle));
  for (let i = 0; i < ARTICLES; i++) {
    const name = `fault-${String(i).padStart(3, '0')}.txt`;
    await dir.write(name, `${texts[i % texts.length]}\nThis is copy ${i} of the report.\n`);
  }
}

/** The ingest command as its own process (node + tsx, no npx in between, so a kill hits it). */
function ingestProcess(
  paths: string[],
  env: NodeJS.ProcessEnv,
): ChildProcess & { output: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'ingest/ingest-cli.ts', '--batch-size', '1', ...paths],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
  return Object.assign(child, { output });
}

const count = async (driver: Driver, database: string, cypher: string) =>
  (await driver.executeQuery(cypher, {}, { database })).records[0]?.get(0) as number;

/** Per article: its mentions and relations, to compare a partial graph with a complete one. */
async function factsPerArticle(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article)
     CALL (a) { MATCH (:Entity)-[m:MENTIONED_IN]->(a) RETURN count(m) AS mentions }
     CALL (a) { MATCH (:Entity)-[r]->(:Entity) WHERE r.article = a.id RETURN count(r) AS relations }
     RETURN a.id AS id, mentions, relations ORDER BY id`,
    {},
    { database },
  );
  return new Map(
    records.map((r) => [r.get('id') as string, [r.get('mentions'), r.get('relations')]]),
  );
}

describe('ingest under faults (real processes, real Neo4j)', function () {
  this.timeout(300_000);
  let dir: CorpusDir;

  beforeEach(async () => {
    dir = await makeCorpusDir();
    await writeManyArticles(dir);
  });
  afterEach(() => dir.dispose());

  it('should leave every article fully in or fully out when killed, and a rerun completes the rest', async () => {
    const config = testNeo4jConfig();
    const driver = await openTestDriver();
    try {
      await resetDatabase(driver);
      const child = ingestProcess([dir.path], {
        NEO4J_URI: config.uri,
        NEO4J_PASSWORD: config.password,
      });
      await eventually(
        async () =>
          (await count(driver, config.database, 'MATCH (a:Article) RETURN count(a)')) >= 5,
      );
      child.kill('SIGKILL');
      await child.output;
      const partial = await factsPerArticle(driver, config.database);
      expect(partial.size).to.be.within(5, ARTICLES - 1);

      const rerun = await runIngest(createGraphWriter(driver, config.database), {
        paths: [dir.path],
      });
      expect(rerun.articles.added).to.equal(ARTICLES - partial.size);
      const complete = await factsPerArticle(driver, config.database);
      expect(complete.size).to.equal(ARTICLES);
      // What the killed run wrote is exactly what a complete run writes for those articles.
      for (const [id, facts] of partial) expect(facts, id).to.deep.equal(complete.get(id));
    } finally {
      await driver.close();
    }
  });

  it('should stop with one line and a non-zero exit when Neo4j goes away, and finish on a rerun', async () => {
    // A throw-away instance: stopping the shared test instance would break other suites.
    const instance = { instance: 'fault', boltPort: 37687, httpPort: 37474 };
    const server = await startLocalNeo4j(instance);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      disableLosslessIntegers: true,
    });
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: server.database });
      const child = ingestProcess([dir.path], {
        NEO4J_URI: server.uri,
        NEO4J_PASSWORD: server.password,
      });
      await eventually(
        async () =>
          (await count(driver, server.database, 'MATCH (a:Article) RETURN count(a)')) >= 5,
      );
      await stopLocalNeo4j(instance);
      const { code, stderr } = await child.output;
      expect(code).to.equal(1);
      const lines = stderr.trim().split('\n');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^store: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:37687/);

      await startLocalNeo4j(instance);
      const rerun = ingestProcess([dir.path], {
        NEO4J_URI: server.uri,
        NEO4J_PASSWORD: server.password,
      });
      expect((await rerun.output).code).to.equal(0);
      expect(await count(driver, server.database, 'MATCH (a:Article) RETURN count(a)')).to.equal(
        ARTICLES,
      );
    } finally {
      await driver.close();
      await stopLocalNeo4j(instance);
    }
  });
});
