import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { runIngest } from '../../ingest/run-ingest.js';
import { startCommand, type CommandProcess } from '../support/cli.js';
import { eventually } from '../support/eventually.js';
import { makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openCuttableLink } from '../support/cuttable-link.js';
import { openTestDriver, resetDatabase, testNeo4jConfig, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';
import { neo4jEnvironment } from '../../src/config.js';

// Short texts that depend on each other (a surname another text names in full), cheap to
// extract: the runs below spend their time writing, one transaction per article.
const SHORT_TEXTS = [
  'Secretary of State Marco Rubio met with Iranian Foreign Minister Seyed Abbas Araghchi in Geneva.',
  'Rubio urged Iran to accept the framework, and Araghchi confirmed that talks with the U.S. would resume.',
  'White House envoy Steve Witkoff met with Qatari leadership in Doha on Tuesday.',
  'Witkoff and Jared Kushner are expected to meet Omani officials before the talks.',
];
const ARTICLES = 60;

/** Distinct articles (a short text with a line of its own), enough for many transactions. */
async function writeManyArticles(dir: CorpusDir): Promise<void> {
  for (let i = 0; i < ARTICLES; i++) {
    const name = `fault-${String(i).padStart(3, '0')}.txt`;
    await dir.write(
      name,
      `${SHORT_TEXTS[i % SHORT_TEXTS.length]}\nThis is copy ${i} of the report.\n`,
    );
  }
}

/** The ingest command, one transaction per article, so that a kill or a cut lands mid-run. */
const ingestProcess = (paths: string[], env: NodeJS.ProcessEnv) =>
  startCommand('ingest', ['--batch-size', '1', ...paths], env);

const testEnv = () => neo4jEnvironment(testNeo4jConfig());

const ARTICLE_COUNT = 'MATCH (a:Article) RETURN count(a)';

/**
 * Waits until a running ingest has written a few articles, then pauses it (SIGSTOP), so that
 * whatever the test does next happens mid-run however fast the writes go. Extraction comes before
 * the first write and is slow on a busy machine: the wait ends on progress or on the process's
 * exit (a failure, with its output), and only the suite's timeout catches a hang.
 */
async function articlesWritten(child: CommandProcess, articles: () => Promise<number>) {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`ingest exited ${child.exitCode} first:\n${output}`);
      return (await articles()) >= 5;
    },
    { timeoutMs: 600_000, context: () => output },
  );
  child.kill('SIGSTOP');
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
  // Extraction and writes of 60 articles, several times, on a busy machine: the timeout only
  // catches a hang.
  this.timeout(600_000);
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
      const child = await ingestProcess([dir.path], neo4jEnvironment(config));
      await articlesWritten(child, () => count(driver, config.database, ARTICLE_COUNT));
      child.kill('SIGKILL');
      await child.output;
      const partial = await factsPerArticle(driver, config.database);
      expect(partial.size).to.be.within(5, ARTICLES - 1);

      const rerun = await runIngest(testWriter(driver), {
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
    const config = testNeo4jConfig();
    const driver = await openTestDriver();
    const link = await openCuttableLink(config);
    try {
      await resetDatabase(driver);
      // The run gives up once its retries of the failed write are spent: a budget of a few
      // seconds, not the default's fifteen, is enough to see them tried and ended in one line.
      const child = await ingestProcess(
        [dir.path],
        neo4jEnvironment({ ...link.neo4j, maxRetrySeconds: 2 }),
      );
      await articlesWritten(child, () => count(driver, config.database, ARTICLE_COUNT));
      await link.cut();
      child.kill('SIGCONT');
      const { code, stderr } = await child.output;
      expect(code).to.equal(1);
      const lines = stderr.trim().split('\n');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.equal(
        `store: cannot reach Neo4j at ${link.neo4j.uri}; start it (npm run neo4j:start) or set NEO4J_URI`,
      );

      // Neo4j is back (the test instance, reached directly): a rerun finishes what was cut off.
      const rerun = await runIngest(testWriter(driver), { paths: [dir.path] });
      expect(rerun.files.skipped).to.deep.equal([]);
      expect(await count(driver, config.database, ARTICLE_COUNT)).to.equal(ARTICLES);
    } finally {
      await link.close();
      await driver.close();
    }
  });
});

// An incremental run whose new articles re-link old ones: the old articles name only "Witkoff",
// the new ones "Steve Witkoff", so after the new ones commit every old one must be rewritten.
const SHORT_NAME = (i: number) =>
  `Witkoff and Jared Kushner are expected to meet Omani officials before the talks.\nThis is copy ${i} of the report.\n`;
const FULL_NAME = (i: number) =>
  `White House envoy Steve Witkoff met with Qatari leadership in Doha on Tuesday.\nThis is note ${i} of the report.\n`;
const OLD = 30;
const NEW = 10;

describe('interrupted incremental runs (real processes, real Neo4j)', function () {
  this.timeout(300_000);
  let dir: CorpusDir;
  let driver: Driver;
  const { database } = testNeo4jConfig();
  const shortNameMentions = () =>
    count(
      driver,
      database,
      "MATCH (:Entity {id: 'person:witkoff'})-[m:MENTIONED_IN]->() RETURN count(m)",
    );
  const articles = () => count(driver, database, 'MATCH (a:Article) RETURN count(a)');

  beforeEach(async () => {
    driver = await openTestDriver();
    await resetDatabase(driver);
    dir = await makeCorpusDir();
    for (let i = 0; i < OLD; i++) await dir.write(`old-${i}.txt`, SHORT_NAME(i));
    await runIngest(testWriter(driver), { paths: [dir.path] });
    expect(await shortNameMentions()).to.equal(OLD);
    for (let i = 0; i < NEW; i++) await dir.write(`new-${i}.txt`, FULL_NAME(i));
  });
  afterEach(async () => {
    await dir.dispose();
    await driver.close();
  });

  /** Kills an incremental run once `moment` holds, reruns, and compares with a clean ingest. */
  async function killThenRerun(moment: () => Promise<boolean>) {
    const child = await ingestProcess([dir.path], testEnv());
    await eventually(moment, { intervalMs: 5 });
    child.kill('SIGKILL');
    await child.output;

    const writer = testWriter(driver);
    await runIngest(writer, { paths: [dir.path] });
    const healed = await graphSnapshot(driver);
    // A second rerun has nothing left to do.
    const again = await runIngest(writer, { paths: [dir.path] });
    expect(again.articles).to.include({ added: 0, changed: 0, relinked: 0 });

    await resetDatabase(driver);
    await runIngest(writer, { paths: [dir.path] });
    expect(healed).to.deep.equal(await graphSnapshot(driver));
  }

  it('should converge to the clean-ingest graph when killed after some new articles commit', async () => {
    await killThenRerun(async () => (await articles()) >= OLD + 3);
  });

  it('should converge to the clean-ingest graph when killed while old articles are re-linked', async () => {
    await killThenRerun(async () => {
      const left = await shortNameMentions();
      return left > 0 && left < OLD - 2;
    });
  });

  it('should let two runs on one folder at once add each article once, both exiting 0', async () => {
    const env = testEnv();
    const runs = await Promise.all(
      [1, 2].map(async () => (await ingestProcess([dir.path], env)).output),
    );
    expect(runs.map((r) => r.code)).to.deep.equal([0, 0]);
    const added = runs.map((r) => Number(/articles: (\d+) added/.exec(r.stdout)?.[1]));
    expect(
      added.reduce((a, b) => a + b, 0),
      runs.map((r) => r.stdout).join('\n'),
    ).to.equal(NEW);
    const writer = testWriter(driver);
    const both = await graphSnapshot(driver);
    await resetDatabase(driver);
    await runIngest(writer, { paths: [dir.path] });
    expect(both).to.deep.equal(await graphSnapshot(driver));
  });

  it('should wait, saying so in one line, while another writer holds the lock', async () => {
    const lock = await testWriter(driver).lock(() => undefined);
    const child = await ingestProcess([dir.path], testEnv());
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      await eventually(() => stdout.includes('waiting'), { context: () => stdout });
      expect(stdout.trim().split('\n')).to.deep.equal([
        'ingest: another ingest is writing to this Neo4j; waiting for it to finish',
      ]);
      expect(await articles()).to.equal(OLD);
    } finally {
      await lock.release();
    }
    const { code, stdout: all } = await child.output;
    expect(code).to.equal(0);
    expect(all).to.match(/articles: 10 added/);
  });
});
