import { expect } from 'chai';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { extractorVersion } from '../../ingest/extractor-version.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { readStateCache } from '../../ingest/state-cache.js';
import type { GraphWriter } from '../../src/store/write.js';
import { corpusArticle, makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, query, resetDatabase, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';

const WITKOFF_ARTICLE = '000_1b7203abec72d9dd';
const ARAGHCHI_ARTICLE = '003_3db02aaac1c87e1d';
const REWRITTEN =
  'Secretary of State Marco Rubio met with Iranian Foreign Minister Seyed Abbas Araghchi in Geneva on Monday.\n';

describe('ingest reruns (against the real test Neo4j)', () => {
  let driver: Driver;
  let writer: GraphWriter;
  let dir: CorpusDir;

  /** The graph a single ingest of the folder, as it is now, gives an empty database. */
  async function cleanIngestSnapshot() {
    await resetDatabase(driver);
    await runIngest(writer, { paths: [dir.path] });
    return graphSnapshot(driver);
  }

  before(async () => {
    driver = await openTestDriver();
    writer = testWriter(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    dir = await makeCorpusDir();
    await dir.write(`${WITKOFF_ARTICLE}.txt`, await corpusArticle(WITKOFF_ARTICLE));
    await dir.write(`${ARAGHCHI_ARTICLE}.txt`, await corpusArticle(ARAGHCHI_ARTICLE));
    await runIngest(writer, { paths: [dir.path] });
  });
  afterEach(() => dir.dispose());
  after(() => driver.close());

  it("should replace a changed article's facts and drop what only its old text supported", async () => {
    const confirmedBefore = await query(driver, 'MATCH ()-[r:CONFIRMED]->() RETURN r');
    expect(confirmedBefore).to.have.length.greaterThan(0);

    await dir.write(`${ARAGHCHI_ARTICLE}.txt`, REWRITTEN);
    const summary = await runIngest(writer, { paths: [dir.path] });
    expect(summary.articles).to.include({ added: 0, changed: 1 });
    expect(summary.articles.relinked + summary.articles.unchanged).to.equal(1);

    expect(await query(driver, 'MATCH ()-[r:CONFIRMED]->() RETURN r')).to.have.length(0);
    const met = await query<{ evidence: string }>(
      driver,
      `MATCH (:Person {name: 'Marco Rubio'})-[r:MET_WITH]-(:Person {name: 'Seyed Abbas Araghchi'})
       RETURN r.evidence AS evidence`,
    );
    expect(met.map((m) => m.evidence)).to.deep.equal([REWRITTEN.trim()]);
    const rerun = await graphSnapshot(driver);
    expect(rerun).to.deep.equal(await cleanIngestSnapshot());
  });

  it('should keep an article whose file is gone until --prune, then remove it and its orphans', async () => {
    await dir.remove(`${WITKOFF_ARTICLE}.txt`);
    const kept = await runIngest(writer, { paths: [dir.path] });
    expect(kept.articles).to.include({ removed: 0, kept: 1 });
    expect(await query(driver, "MATCH (p:Person {name: 'Steve Witkoff'}) RETURN p")).to.have.length(
      1,
    );

    const pruned = await runIngest(writer, { paths: [dir.path], prune: true });
    expect(pruned.articles).to.include({ removed: 1, kept: 0 });
    expect(await query(driver, "MATCH (p:Person {name: 'Steve Witkoff'}) RETURN p")).to.have.length(
      0,
    );
    const rerun = await graphSnapshot(driver);
    expect(rerun).to.deep.equal(await cleanIngestSnapshot());
  });

  it('should never prune articles read from another folder', async () => {
    const other = await makeCorpusDir();
    try {
      await other.write('other-article.txt', REWRITTEN);
      await runIngest(writer, { paths: [other.path] });
      const summary = await runIngest(writer, { paths: [dir.path], prune: true });
      expect(summary.articles).to.include({ removed: 0, kept: 1 });
      expect(
        await query(driver, "MATCH (a:Article {id: 'other-article'}) RETURN a"),
      ).to.have.length(1);
    } finally {
      await other.dispose();
    }
  });

  it('should take a touched file with the same content as unchanged', async () => {
    const file = `${dir.path}/${WITKOFF_ARTICLE}.txt`;
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    const summary = await runIngest(writer, { paths: [dir.path] });
    expect(summary.articles).to.include({ unchanged: 2, added: 0, changed: 0 });
    expect(summary.written.nodesCreated + summary.written.relationshipsCreated).to.equal(0);
  });

  it('should plan from the state the last run kept, unless another run wrote since or articles went missing by hand', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-state-'));
    const stateCache = join(folder, 'state.json');
    try {
      const kept = () => runIngest(writer, { paths: [dir.path], stateCache });
      await kept();
      const lastRun = async () =>
        (await query<{ run: string }>(driver, 'MATCH (r:IngestRuns) RETURN r.run AS run'))[0]
          ?.run ?? null;
      const state = await readStateCache(stateCache, await lastRun(), await extractorVersion());
      expect([...(state?.keys() ?? [])]).to.have.members([WITKOFF_ARTICLE, ARAGHCHI_ARTICLE]);

      // Another machine (no copy of the state here) changes an article: the copy is stale.
      await dir.write(`${WITKOFF_ARTICLE}.txt`, REWRITTEN);
      expect((await runIngest(writer, { paths: [dir.path] })).articles.changed).to.equal(1);
      expect((await kept()).articles).to.include({ changed: 0, unchanged: 2 });

      // Someone deletes an article in Neo4j Browser: the store no longer has the copy's count.
      await query(driver, 'MATCH (a:Article {id: $id}) DETACH DELETE a', { id: ARAGHCHI_ARTICLE });
      expect((await kept()).articles).to.include({ added: 1, unchanged: 1 });
      expect((await kept()).articles).to.include({ added: 0, unchanged: 2 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('should skip unchanged files without writing anything', async () => {
    const summary = await runIngest(writer, { paths: [dir.path] });
    expect(summary.articles).to.include({ unchanged: 2, added: 0, changed: 0 });
    expect(summary.written).to.deep.equal({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
  });
});
