import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runIngest } from '../../ingest/run-ingest.js';
import type { GraphWriter } from '../../src/store/write.js';
import { runCommand } from '../support/cli.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import {
  openTestDriver,
  query,
  resetDatabase,
  testNeo4jConfig,
  testWriter,
} from '../support/neo4j.js';
import { neo4jEnvironment } from '../../src/config.js';

const GOOD = '000_1b7203abec72d9dd';

describe('ingest of bad input (against the real test Neo4j)', () => {
  let driver: Driver;
  let writer: GraphWriter;
  let dir: CorpusDir;
  let goodText: string;

  const articleIds = async () =>
    (await query<{ id: string }>(driver, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map(
      (r) => r.id,
    );
  const witkoffRelations = async () =>
    (await query(driver, "MATCH (:Person {name: 'Steve Witkoff'})-[r]-(:Entity) RETURN r")).length;

  before(async () => {
    driver = await openTestDriver();
    writer = testWriter(driver);
    goodText = await corpusArticle(GOOD);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    dir = await makeCorpusDir();
    await dir.write(`${GOOD}.txt`, goodText);
    await runIngest(writer, { paths: [dir.path] });
  });
  afterEach(() => dir.dispose());
  after(() => driver.close());

  it('should skip each bad file with one line and still ingest the rest', async () => {
    const relationsBefore = await witkoffRelations();
    await dir.write('empty.txt', '');
    await dir.write('front-matter-only.md', '---\ntitle: Nothing here\n---\n\n');
    await dir.write(
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await dir.write('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    await dir.write('copy-of-good.txt', goodText);
    await symlink(join(dir.path, 'no-such-target.txt'), join(dir.path, 'dangling.txt'));
    // A named pipe no one writes to: opening it to read would wait forever.
    expect(spawnSync('mkfifo', [join(dir.path, 'pipe')]).status).to.equal(0);
    await symlink(join(dir.path, 'pipe'), join(dir.path, 'pipe.txt'));

    const summary = await runIngest(writer, { paths: [dir.path] });
    const skipped = summary.files.skipped.join('\n');
    expect(summary.files.skipped).to.have.length(7);
    expect(skipped).to.match(/empty\.txt: empty/);
    expect(skipped).to.match(/front-matter-only\.md: empty/);
    expect(skipped).to.match(/binary\.txt: binary file/);
    expect(skipped).to.match(/huge\.txt: 50\.0 MiB is over the 5\.0 MiB limit/);
    expect(skipped).to.match(
      /copy-of-good\.txt: same content as .*000_1b7203abec72d9dd\.txt; ingested once/,
    );
    expect(skipped).to.match(/dangling\.txt: cannot read \(ENOENT\)/);
    expect(skipped).to.match(/pipe\.txt: not a regular file/);
    for (const line of summary.files.skipped) expect(line).not.to.contain('\n');
    expect(await articleIds()).to.deep.equal([GOOD]);
    expect(await witkoffRelations()).to.equal(relationsBefore);
  });

  it('should decode Latin-1, strip HTML and Markdown, and accept any file name', async () => {
    await dir.write(
      'latin1.txt',
      Buffer.from(
        'Le Président Emmanuel Macron met with Chancellor Olaf Scholz in Berlin.\n',
        'latin1',
      ),
    );
    await dir.write(
      'page.html',
      '<!doctype html><html><head><title>Trade talks &amp; tariffs</title><script>var secret = 1;</script></head>' +
        '<body><h1>Trade</h1><p>Prime Minister Keir Starmer met with President Joe Biden in London on Monday.</p></body></html>',
    );
    await dir.write(
      'merger notes ü.md',
      '# Merger\n\nThe chief executive of **Microsoft**, Satya Nadella, met with [Bobby Kotick](http://x) in Seattle.\n',
    );
    const summary = await runIngest(writer, { paths: [dir.path] });
    expect(summary.files.skipped).to.deep.equal([]);
    expect(summary.files.notes).to.have.length(1);
    expect(summary.files.notes[0]).to.match(/latin1\.txt: not UTF-8; decoded as Windows-1252/);
    expect(await articleIds()).to.deep.equal([GOOD, 'latin1', 'merger notes ü', 'page']);

    const [page] = await query<{ title: string; extraction: string }>(
      driver,
      "MATCH (a:Article {id: 'page'}) RETURN a.title AS title, a.extraction AS extraction",
    );
    expect(page?.title).to.equal('Trade talks & tariffs');
    expect(page?.extraction)
      .to.contain('Keir Starmer')
      .and.not.to.match(/<p>|secret/);
    const evidence = await query<{ evidence: string }>(
      driver,
      "MATCH ()-[r:MET_WITH {article: 'latin1'}]-() RETURN r.evidence AS evidence",
    );
    expect(evidence[0]?.evidence).to.contain('Président Emmanuel Macron');
  });

  it('should keep what a file said before when it turns unreadable, even with --prune', async () => {
    const relationsBefore = await witkoffRelations();
    await dir.write(`${GOOD}.txt`, Buffer.from([0, 1, 2, 3]));
    const summary = await runIngest(writer, { paths: [dir.path], prune: true });
    expect(summary.files.skipped[0]).to.match(/binary file/);
    expect(summary.articles.removed).to.equal(0);
    expect(await articleIds()).to.deep.equal([GOOD]);
    expect(await witkoffRelations()).to.equal(relationsBefore);
  });

  it('should exit 2 with one line per skipped file, and 1 on a missing path, never a stack trace', async function () {
    // npx and tsx starting, twice as long as the bundle, and much longer on a busy machine.
    this.timeout(300_000);
    const env = neo4jEnvironment(testNeo4jConfig());
    const ownLines = (text: string) =>
      text
        .trim()
        .split('\n')
        .filter((l) => !/^npm warn/.test(l));

    await dir.write('binary.txt', Buffer.from([0, 159, 146, 150]));
    // The command as a user runs it (npm run ingest: tsx on the source), here and nowhere else;
    // the other tests start the bundle test/support/cli.ts builds from the same source.
    const partial = spawnSync('npx', ['tsx', 'ingest/ingest-cli.ts', dir.path], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(partial.status).to.equal(2);
    expect(ownLines(partial.stdout)).to.include(
      `skipped: corpus: ${join(dir.path, 'binary.txt')}: binary file, not text; skipped`,
    );
    expect(partial.stdout + partial.stderr).not.to.match(/^\s+at /m);

    const missing = join(dir.path, 'missing.txt');
    const failed = await runCommand('ingest', [dir.path, missing], env);
    expect(failed.code).to.equal(1);
    expect(ownLines(failed.stderr)).to.deep.equal([`corpus: ${missing}: no such file or folder`]);
  });
});
