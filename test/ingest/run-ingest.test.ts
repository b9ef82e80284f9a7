import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RACY_MS } from '../../ingest/file-stat.js';
import { runIngest } from '../../ingest/run-ingest.js';
import type { GraphWriter } from '../../src/store/write.js';
import { openTestDriver, query, resetDatabase, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';

const CORPUS = (await readdir('corpus'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join('corpus', name));

describe('ingest (against the real test Neo4j)', () => {
  let driver: Driver;
  let writer: GraphWriter;

  before(async () => {
    driver = await openTestDriver();
    writer = testWriter(driver);
    await resetDatabase(driver);
  });
  after(() => driver.close());

  it('should ingest the corpus, then change nothing on a second run', async () => {
    const first = await runIngest(writer, { paths: ['corpus'] });
    expect(first.articles.added).to.equal(3);
    expect(first.after.entities).to.be.greaterThan(10);
    expect(first.after.relationships).to.be.greaterThan(5);
    const before = await graphSnapshot(driver);

    const second = await runIngest(writer, { paths: ['corpus'] });
    expect(second.articles).to.include({ added: 0, changed: 0, removed: 0, unchanged: 3 });
    expect(second.written.nodesCreated + second.written.relationshipsCreated).to.equal(0);
    expect(second.after).to.deep.equal(first.after);
    expect(await graphSnapshot(driver)).to.deep.equal(before);
  });

  it('should read again only the files whose stat changed since the store saw them', async () => {
    // The stat of a file changed moments ago is not trusted (file-stat.ts); the corpus's files
    // are older than that by the time the tests run, but a fresh clone's may not be.
    const changed = Math.max(
      ...(await Promise.all(CORPUS.map(async (f) => (await stat(f)).ctimeMs))),
    );
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, changed + RACY_MS - Date.now())),
    );
    await runIngest(writer, { paths: ['corpus'] });
    const stats = await query<{ stat: string | null }>(
      driver,
      'MATCH (a:Article) RETURN a.stat AS stat',
    );
    expect(stats.map((a) => a.stat))
      .to.have.length(3)
      .and.not.include(null);

    // A file with its stat as stored is not read: the stored hash stands for it.
    const id = '000_1b7203abec72d9dd';
    await query(driver, 'MATCH (a:Article {id: $id}) SET a.hash = $hash', { id, hash: 'stale' });
    const kept = await runIngest(writer, { paths: ['corpus'] });
    expect(kept.articles).to.include({ changed: 0, unchanged: 3 });

    // Without it, the file is hashed again (and, its hash differing, read again).
    await query(driver, 'MATCH (a:Article {id: $id}) SET a.stat = null', { id });
    const read = await runIngest(writer, { paths: ['corpus'] });
    expect(read.articles).to.include({ changed: 1, unchanged: 2 });
    const [row] = await query<{ hash: string; stat: string | null }>(
      driver,
      'MATCH (a:Article {id: $id}) RETURN a.hash AS hash, a.stat AS stat',
      { id },
    );
    expect(row?.hash).to.not.equal('stale');
    expect(row?.stat).to.be.a('string');
  });

  it('should create the uniqueness constraints before writing', async () => {
    const rows = await query<{ labels: string[]; properties: string[] }>(
      driver,
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes AS labels, properties WHERE type = 'UNIQUENESS'
       RETURN labels, properties`,
    );
    expect(rows).to.deep.include({ labels: ['Entity'], properties: ['id'] });
    expect(rows).to.deep.include({ labels: ['Article'], properties: ['id'] });
  });

  it('should hold Steve Witkoff MET_WITH Benjamin Netanyahu with its evidence sentence', async () => {
    const rows = await query<{ evidence: string; article: string; start: number; end: number }>(
      driver,
      `MATCH (w:Person {name: 'Steve Witkoff'})-[r:MET_WITH]-(n:Person {name: 'Benjamin Netanyahu'})
       RETURN r.evidence AS evidence, r.article AS article, r.start AS start, r.end AS end`,
    );
    expect(rows).to.have.length.greaterThan(0);
    const [row] = rows;
    expect(row?.article).to.equal('000_1b7203abec72d9dd');
    expect(row?.evidence).to.contain('meetings in Israel with Prime Minister Benjamin Netanyahu');
  });

  it('should count mentions on MENTIONED_IN and keep article metadata', async () => {
    const [article] = await query<{ title: string; published: string; hash: string }>(
      driver,
      `MATCH (a:Article {id: '003_3db02aaac1c87e1d'}) RETURN a.title AS title, a.published AS published, a.hash AS hash`,
    );
    expect(article?.published).to.equal('2026-02-04');
    expect(article?.hash).to.match(/^[0-9a-f]{64}$/);
    const [mention] = await query<{ count: number }>(
      driver,
      `MATCH (:Person {name: 'Marco Rubio'})-[m:MENTIONED_IN]->(:Article {id: '003_3db02aaac1c87e1d'})
       RETURN m.count AS count`,
    );
    expect(mention?.count).to.be.at.least(2);
  });
});
