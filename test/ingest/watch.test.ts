import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { watchCorpus } from '../../ingest/watch.js';
import { startCommand } from '../support/cli.js';
import { eventually } from '../support/eventually.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, query, resetDatabase, testNeo4jConfig } from '../support/neo4j.js';
import { neo4jEnvironment } from '../../src/config.js';

describe('ingest --watch (real process, real Neo4j)', function () {
  // Some ten seconds quiet, several times that on a busy machine: the timeouts catch a hang.
  this.timeout(600_000);
  let driver: Driver;
  let dir: CorpusDir;

  before(async () => {
    driver = await openTestDriver();
    await resetDatabase(driver);
    dir = await makeCorpusDir();
  });
  after(async () => {
    await dir.dispose();
    await driver.close();
  });

  it('should ingest files as they appear and change, then stop cleanly on SIGINT', async () => {
    const config = testNeo4jConfig();
    const child = await startCommand(
      'ingest',
      ['--watch', '--prune', '--corrections', `${dir.path}/corrections.yaml`, dir.path],
      neo4jEnvironment(config),
    );
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const titles = async () =>
      (await query<{ title: string }>(driver, 'MATCH (a:Article) RETURN a.title AS title')).map(
        (r) => r.title,
      );

    const output = {
      timeoutMs: 120_000,
      context: () => `ingest stdout:\n${stdout}\ningest stderr:\n${stderr}`,
    };
    try {
      await eventually(() => stdout.includes('watching'), output);
      await dir.write('watched.txt', await corpusArticle('000_1b7203abec72d9dd'));
      await eventually(async () => (await titles()).length === 1, output);

      await dir.write(
        'watched.txt',
        '---\ntitle: Rewritten\n---\nSteve Witkoff met with Benjamin Netanyahu in Jerusalem.\n',
      );
      await eventually(async () => (await titles())[0] === 'Rewritten', output);

      // A change to the corrections alone is a change: the next run re-applies them.
      const witkoff = async () =>
        (
          await query<{ n: number }>(
            driver,
            "MATCH (e:Entity {id: 'person:steve-witkoff'}) RETURN count(e) AS n",
          )
        )[0]?.n;
      expect(await witkoff()).to.equal(1);
      await dir.write(
        'corrections.yaml',
        'corrections:\n  - id: c1\n    when: 2026-12-07\n    action: not-an-entity\n    entity: person:steve-witkoff\n',
      );
      await eventually(async () => (await witkoff()) === 0, output);
      await dir.remove('corrections.yaml');
      await eventually(async () => (await witkoff()) === 1, output);

      await dir.remove('watched.txt');
      await eventually(async () => (await titles()).length === 0, output);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).to.equal(0);
    expect(stdout).to.contain('ingest: stopped watching');
    expect(stderr).to.equal('');
  });
});

describe('ingest/watch watchCorpus', () => {
  let dir: CorpusDir;
  beforeEach(async () => (dir = await makeCorpusDir()));
  afterEach(() => dir.dispose());

  it('should hold a change made during the first pass until that pass ends, then run once', async () => {
    let runs = 0;
    let finishFirst = () => {};
    const first = new Promise<void>((resolve) => (finishFirst = resolve));
    const watcher = watchCorpus(
      [dir.path],
      async () => {
        runs++;
      },
      { debounceMs: 50 },
      first,
    );
    try {
      await watcher.ready;
      await dir.write('a.txt', 'Steve Witkoff met Benjamin Netanyahu.');
      await dir.write('b.txt', 'Marco Rubio met Abbas Araghchi.');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(runs, 'a run overlapping the first pass').to.equal(0);
      finishFirst();
      await eventually(() => runs === 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(runs).to.equal(1);
    } finally {
      await watcher.close();
    }
  });
});
