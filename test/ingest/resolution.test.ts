import { expect } from 'chai';
import type { Driver } from 'neo4j-driver';
import { runIngest } from '../../ingest/run-ingest.js';
import type { GraphWriter } from '../../src/store/write.js';
import { makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, query, resetDatabase, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';

// Resolution across articles done a batch at a time, through the alias index: each case changes
// the corpus so that an article's entity resolves elsewhere although its file did not change,
// then compares the store with one clean ingest of the folder as it ends.
const FULL = 'White House envoy Steve Witkoff met with Qatari leadership in Doha on Tuesday.\n';
const SHORT = 'Witkoff and Jared Kushner are expected to meet Omani officials before the talks.\n';
const PEP = 'Coach Pep Guardiola spoke to reporters in Manchester on Friday.\n';
const ANA = 'Coach Ana Guardiola spoke to reporters in Madrid on Friday.\n';
const GUARDIOLA = 'Then Guardiola’s team won the final in London.\n';
const SPELLED =
  'FRANKFURT (Reuters) - The European Banking Authority (EBA) warned lenders on Monday about their exposure to commercial property.\n';
const ACRONYM = 'The EBA met with Deutsche Bank executives in Paris on Thursday.\n';

describe('ingest resolves a batch against the stored corpus (real test Neo4j)', function () {
  this.timeout(300_000);
  let driver: Driver;
  let writer: GraphWriter;
  let dir: CorpusDir;

  const ingest = (prune = false) => runIngest(writer, { paths: [dir.path], prune });
  const ids = async () =>
    (await query<{ id: string }>(driver, 'MATCH (e:Entity) RETURN e.id AS id')).map((r) => r.id);

  /** The store now, against what one ingest of the folder as it is gives an empty database. */
  async function expectCleanIngest() {
    const incremental = await graphSnapshot(driver);
    await resetDatabase(driver);
    await ingest();
    expect(incremental).to.deep.equal(await graphSnapshot(driver));
  }

  before(async () => {
    driver = await openTestDriver();
    writer = testWriter(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    dir = await makeCorpusDir();
  });
  afterEach(() => dir.dispose());
  after(() => driver.close());

  it('should re-link an article that named only a surname when a later one names the person in full', async () => {
    await dir.write('short.txt', SHORT);
    await ingest();
    expect(await ids()).to.include('person:witkoff');

    await dir.write('full.txt', FULL);
    const summary = await ingest();
    expect(summary.articles).to.include({ added: 1, relinked: 1 });
    expect(await ids()).to.not.include('person:witkoff');
    await expectCleanIngest();
  });

  it('should give, resolving a first ingest one article at a time, the graph of one batch', async () => {
    // In path order each surname and acronym comes before the article that resolves it, so
    // every later batch re-links an earlier one's article.
    const texts = [SHORT, FULL, ACRONYM, SPELLED, GUARDIOLA, PEP];
    for (const [i, text] of texts.entries()) await dir.write(`${i}.txt`, text);
    const summary = await runIngest(writer, { paths: [dir.path], resolveBatch: 1 });
    expect(summary.articles).to.include({ added: texts.length, relinked: 0 });
    const resolved = await ids();
    for (const alone of ['person:witkoff', 'organization:eba', 'person:guardiola']) {
      expect(resolved).to.not.include(alone);
    }
    await expectCleanIngest();
  });

  it('should resolve a surname arriving after the full name without touching the full name’s article', async () => {
    await dir.write('full.txt', FULL);
    await ingest();
    await dir.write('short.txt', SHORT);
    const summary = await ingest();
    expect(summary.articles).to.include({ added: 1, relinked: 0, unchanged: 1 });
    const witkoff = await query<{ articles: string[] }>(
      driver,
      `MATCH (:Entity {id: 'person:steve-witkoff'})-[:MENTIONED_IN]->(a:Article)
       RETURN collect(a.id) AS articles`,
    );
    expect(witkoff[0]?.articles).to.have.members(['full', 'short']);
    await expectCleanIngest();
  });

  it('should leave a surname two full names share alone, and resolve it once one of them is pruned', async () => {
    await dir.write('pep.txt', PEP);
    await dir.write('ana.txt', ANA);
    await dir.write('guardiola.txt', GUARDIOLA);
    await ingest();
    expect(await ids()).to.include('person:guardiola');

    await dir.remove('ana.txt');
    const summary = await ingest(true);
    expect(summary.articles).to.include({ removed: 1, relinked: 1 });
    expect(await ids()).to.not.include('person:guardiola');
    await expectCleanIngest();
  });

  it('should undo a resolution when the article that gave the full name is pruned', async () => {
    await dir.write('full.txt', FULL);
    await dir.write('short.txt', SHORT);
    await ingest();
    await dir.remove('full.txt');
    const kept = await ingest();
    expect(kept.articles).to.include({ removed: 0, relinked: 0 });

    const pruned = await ingest(true);
    expect(pruned.articles).to.include({ removed: 1, relinked: 1 });
    expect(await ids()).to.include('person:witkoff');
    expect(await ids()).to.not.include('person:steve-witkoff');
    await expectCleanIngest();
  });

  it('should join an acronym used alone to the organisation a later article spells out, and part them when that article changes', async () => {
    await dir.write('acronym.txt', ACRONYM);
    await ingest();
    expect(await ids()).to.include('organization:eba');

    await dir.write('spelled.txt', SPELLED);
    const joined = await ingest();
    expect(joined.articles).to.include({ added: 1, relinked: 1 });
    expect(await ids()).to.not.include('organization:eba');
    await expectCleanIngest();

    await dir.write('spelled.txt', PEP);
    const parted = await ingest();
    expect(parted.articles).to.include({ changed: 1, relinked: 1 });
    expect(await ids()).to.include('organization:eba');
    await expectCleanIngest();
  });
});
