import { expect } from 'chai';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { formatSummary } from '../../ingest/format-summary.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { neo4jEnvironment } from '../../src/config.js';
import { CorpusError, withCorrection } from '../../src/corpus/index.js';
import type { Correction } from '../../src/model/corrections.js';
import type { GraphWriter } from '../../src/store/write.js';
import { runCommand } from '../support/cli.js';
import { makeCorpusDir, type CorpusDir } from '../support/corpus-dir.js';
import {
  openTestDriver,
  query,
  resetDatabase,
  testNeo4jConfig,
  testWriter,
} from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';

const ARTICLES = {
  'geneva.txt':
    'Secretary of State Marco Rubio met with Iranian Foreign Minister Seyed Abbas Araghchi in Geneva.\n',
  'talks.txt':
    'Rubio urged Iran to accept the framework, and Araghchi confirmed that talks with the U.S. would resume.\n',
  'doha.txt': 'White House envoy Steve Witkoff met with Qatari leadership in Doha on Tuesday.\n',
};
const WHEN = '2026-11-29T22:00:00Z';
const CORRECTIONS: Correction[] = [
  {
    id: 'c1',
    when: WHEN,
    action: 'rename',
    entity: 'person:steve-witkoff',
    name: 'Steven Witkoff',
  },
  { id: 'c2', when: WHEN, action: 'retype', entity: 'organization:white-house', type: 'Place' },
  { id: 'c3', when: WHEN, action: 'not-an-entity', entity: 'place:doha', note: 'a city here' },
  {
    id: 'c4',
    when: WHEN,
    action: 'reject-relation',
    relation: 'MET_WITH',
    source: 'person:seyed-abbas-araghchi',
    target: 'country:usa',
  },
  { id: 'c5', when: WHEN, action: 'merge', entity: 'country:irn', into: 'country:usa' },
];
const NOTHING_WRITTEN = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
};

describe('ingest with corrections (against the real test Neo4j)', () => {
  let driver: Driver;
  let writer: GraphWriter;
  let dir: CorpusDir;
  let file: string;

  const ingest = () => runIngest(writer, { paths: [dir.path], corrections: file });
  const writeCorrections = async (rows: readonly Correction[]) => {
    let text: string | null = null;
    for (const row of rows) text = withCorrection(text, row, file);
    await dir.write('corrections.yaml', text ?? 'corrections: []\n');
  };
  const cleanIngestSnapshot = async () => {
    await resetDatabase(driver);
    await ingest();
    return graphSnapshot(driver);
  };

  before(async () => {
    driver = await openTestDriver();
    writer = testWriter(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    dir = await makeCorpusDir();
    file = join(dir.path, 'corrections.yaml');
    for (const [name, text] of Object.entries(ARTICLES)) await dir.write(name, text);
    await ingest();
  });
  afterEach(() => dir.dispose());
  after(() => driver.close());

  it('should apply a changed corrections file on rerun as a clean ingest with it would, and undo a removed row', async () => {
    await writeCorrections(CORRECTIONS);
    const applied = await ingest();
    expect(applied.corrections).to.deep.include({ count: 5, unresolved: [] });
    const names = await query<{ id: string; name: string; labels: string[] }>(
      driver,
      'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, labels(e) AS labels ORDER BY id',
    );
    const ids = names.map((n) => n.id);
    expect(ids).to.include.members(['person:steven-witkoff', 'place:white-house']);
    expect(ids).to.not.include.members(['person:steve-witkoff', 'place:doha', 'country:irn']);
    expect(names.find((n) => n.id === 'place:white-house')?.labels).to.have.members([
      'Entity',
      'Place',
    ]);
    expect(
      await query(
        driver,
        "MATCH (:Entity {id: 'country:usa'})-[r:MET_WITH]-(:Entity {id: 'person:seyed-abbas-araghchi'}) RETURN r",
      ),
    ).to.have.length(0);
    expect(await graphSnapshot(driver)).to.deep.equal(await cleanIngestSnapshot());

    // Nothing changed: a no-op that still says what the file holds.
    const again = await ingest();
    expect(again.written).to.deep.equal(NOTHING_WRITTEN);
    expect(again.corrections.count).to.equal(5);

    // Undo: the row goes from the file, and the next run puts the node back.
    await writeCorrections(CORRECTIONS.filter((c) => c.id !== 'c3'));
    await ingest();
    expect(await query(driver, "MATCH (e:Entity {id: 'place:doha'}) RETURN e")).to.have.length(1);
    expect(await graphSnapshot(driver)).to.deep.equal(await cleanIngestSnapshot());
  });

  it('should report each correction with nothing to act on, also on a run that writes nothing', async () => {
    const stale: Correction = {
      id: 'stale',
      when: WHEN,
      action: 'merge',
      entity: 'person:steve-witkoff',
      into: 'person:marco-rubio',
    };
    await writeCorrections([stale]);
    await ingest();
    // The only article naming Witkoff goes: the merge has nothing left to merge.
    await dir.remove('doha.txt');
    const pruned = await runIngest(writer, { paths: [dir.path], corrections: file, prune: true });
    const line = `unresolved: corrections: ${file}: stale: no entity 'person:steve-witkoff'; it changes nothing`;
    expect(formatSummary(pruned)).to.include(line);
    const rerun = await ingest();
    expect(rerun.written).to.deep.equal(NOTHING_WRITTEN);
    expect(formatSummary(rerun)).to.include(line);
  });

  it('should refuse a bad corrections file in one line and leave the graph as it was', async () => {
    const before = await graphSnapshot(driver);
    await dir.write('corrections.yaml', 'corrections:\n  - id: x\n    action: merge\n');
    const error = await ingest().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(CorpusError);
    expect((error as Error).message).to.match(/^corrections: .*corrections\.yaml: row 1: /);
    expect((error as Error).message).to.not.contain('\n');
    expect(await graphSnapshot(driver)).to.deep.equal(before);
  });

  it('should end the ingest CLI on a bad corrections file with one line and exit code 1', async () => {
    await dir.write('corrections.yaml', 'corrections:\n  - id: x\n    action: explode\n');
    const run = await runCommand(
      'ingest',
      ['--quiet', '--corrections', file, dir.path],
      neo4jEnvironment(testNeo4jConfig()),
    );
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(
      /^corrections: .*corrections\.yaml: row 1: action: must be one of /,
    );
    expect(run.stderr.trim().split('\n')).to.have.length(1);
  });
});
