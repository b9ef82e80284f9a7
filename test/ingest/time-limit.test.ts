import { expect } from 'chai';
import { readdir } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { overBudget } from '../../ingest/extract-pool.js';
import { runIngest } from '../../ingest/run-ingest.js';
import type { Extraction } from '../../src/model/types.js';
import { runCommand } from '../support/cli.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, query, resetDatabase, testWriter } from '../support/neo4j.js';

// One file that would take minutes must not hold up the others: past --max-seconds it is
// skipped with one line and the run goes on (the pool's own tests: extract-pool.test.ts).
const GOOD = '000_1b7203abec72d9dd';
const LIMIT = 5;

describe('a file over the time limit, in extract and ingest', function () {
  // A limit of a few seconds, worker starts and the good file's extraction: the runner's timeout,
  // far above that, only catches a run that ignores the limit.
  this.timeout(300_000);
  let dir: CorpusDir;
  let big: string;

  before(async () => {
    dir = await makeCorpusDir('newsgraph-time-limit-');
    await dir.write(`${GOOD}.txt`, await corpusArticle(GOOD));
    // Four MiB of the corpus's prose: minutes of work on any machine, under the size limit.
    const ids = (await readdir('corpus')).map((f) => f.replace(/\.txt$/, ''));
    const prose = (await Promise.all(ids.map(corpusArticle))).join('\n\n');
    big = await dir.write(
      'big.txt',
      prose.repeat(Math.ceil((4 << 20) / prose.length)).slice(0, 4 << 20),
    );
  });
  after(() => dir.dispose());

  it('should make extract exit 2 with one line that says how to raise the limit', async () => {
    const run = await runCommand('extract', ['--json', '--max-seconds', String(LIMIT), dir.path]);
    expect(run.stderr.trim().split('\n')).to.deep.equal([`extract: ${overBudget(big, LIMIT)}`]);
    expect(run.code).to.equal(2);
    const { entities } = JSON.parse(run.stdout) as Extraction;
    expect(entities.map((e) => e.name)).to.include('Iran');
  });

  describe('ingest (against the real test Neo4j)', () => {
    let driver: Driver;
    before(async () => {
      driver = await openTestDriver();
      await resetDatabase(driver);
    });
    after(() => driver.close());

    it('should ingest the rest and report the file with one skipped line', async () => {
      const summary = await runIngest(testWriter(driver), { paths: [dir.path], maxSeconds: LIMIT });
      expect(summary.files.skipped).to.deep.equal([overBudget(big, LIMIT)]);
      expect(summary.articles.added).to.equal(1);
      const ids = await query<{ id: string }>(driver, 'MATCH (a:Article) RETURN a.id AS id');
      expect(ids.map((r) => r.id)).to.deep.equal([GOOD]);
    });
  });
});
