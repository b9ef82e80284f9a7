import { expect } from 'chai';
import fc from 'fast-check';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runIngest } from '../../ingest/run-ingest.js';
import { runCommand } from '../support/cli.js';
import { corpusArticle, makeCorpusDir } from '../support/corpus-dir.js';
import { openTestDriver, resetDatabase, testNeo4jConfig, testWriter } from '../support/neo4j.js';
import { graphSnapshot } from '../support/snapshot.js';
import { neo4jEnvironment } from '../../src/config.js';

// Articles that depend on each other through the merge (a surname another article names in
// full), so that runs writing side by side would disagree if they ever planned from a half-
// written store.
const SHORT_TEXTS = [
  'Secretary of State Marco Rubio met with Iranian Foreign Minister Seyed Abbas Araghchi in Geneva.',
  'Rubio urged Iran to accept the framework, and Araghchi confirmed that talks with the U.S. would resume.',
  'White House envoy Steve Witkoff met with Qatari leadership in Doha on Tuesday.',
  'Witkoff and Jared Kushner are expected to meet Omani officials before the talks.',
];
const CORPUS_IDS = ['000_1b7203abec72d9dd', '003_3db02aaac1c87e1d'];

/** The ingest command as its own process, as a second terminal or machine would run it. */
async function ingestProcess(args: string[]): Promise<{ code: number | null; output: string }> {
  const { code, stdout, stderr } = await runCommand(
    'ingest',
    args,
    neo4jEnvironment(testNeo4jConfig()),
  );
  return { code, output: stdout + stderr };
}

interface Case {
  /** One text (an index into the pool) per file. */
  files: number[];
  processes: number;
  /** split: each process is given some of the files; shard: each reads the folder with --shard. */
  mode: 'split' | 'shard';
  /** For split: which process each file goes to. */
  owner: number[];
  /** Ingest some files first, so the concurrent runs re-link what is already there. */
  first: number;
}

describe('concurrent ingests (2–3 real processes, fast-check, real Neo4j)', function () {
  this.timeout(900_000);
  let driver: Driver;
  let texts: string[];

  before(async () => {
    driver = await openTestDriver();
    texts = [...SHORT_TEXTS, ...(await Promise.all(CORPUS_IDS.map(corpusArticle)))];
  });
  after(() => driver.close());

  it('should give, for any split of the corpus between processes, the graph of one sequential ingest', async () => {
    const caseArb: fc.Arbitrary<Case> = fc.record({
      files: fc.array(fc.nat(texts.length - 1), { minLength: 2, maxLength: 7 }),
      processes: fc.integer({ min: 2, max: 3 }),
      mode: fc.constantFrom('split' as const, 'shard' as const),
      owner: fc.array(fc.nat(2), { minLength: 7, maxLength: 7 }),
      first: fc.nat(3),
    });
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const dir = await makeCorpusDir();
        try {
          await resetDatabase(driver);
          // Every file unique: a copy of another file's content is one article, decided by
          // path across the whole folder, which a run that reads a part cannot see.
          const names = c.files.map((_, i) => `article-${i}.txt`);
          for (const [i, text] of c.files.entries()) {
            await dir.write(names[i] as string, `${texts[text]}\nThis is item ${i}.\n`);
          }
          const paths = names.map((name) => join(dir.path, name));
          if (c.first > 0) await runIngest(testWriter(driver), { paths: paths.slice(0, c.first) });

          const runs = Array.from({ length: c.processes }, (_, p) =>
            c.mode === 'shard'
              ? ['--shard', `${p}/${c.processes}`, dir.path]
              : paths.filter((_, i) => (c.owner[i] ?? 0) % c.processes === p),
          ).filter((args) => args.length > 0);
          const results = await Promise.all(runs.map(ingestProcess));
          for (const r of results) expect(r.code, r.output).to.equal(0);
          const together = await graphSnapshot(driver);

          await resetDatabase(driver);
          await runIngest(testWriter(driver), { paths: [dir.path] });
          expect(together).to.deep.equal(await graphSnapshot(driver));
        } finally {
          await dir.dispose();
        }
      }),
      { numRuns: Number(process.env.NEWSGRAPH_CONCURRENT_RUNS ?? 2), seed: propertySeed() },
    );
  });
});

function propertySeed(): number | undefined {
  const seed = process.env.NEWSGRAPH_PROPERTY_SEED;
  return seed === undefined ? undefined : Number(seed);
}
