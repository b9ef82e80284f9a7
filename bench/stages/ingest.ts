// 3. A rerun over an unchanged corpus of 1,000 articles, through the real runIngest: it must find
// that nothing changed from hashes alone. And the whole scale corpus ingested in a child process,
// whose peak resident memory is the figure (the corpus is streamed, never loaded at once).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractorVersion } from '../../ingest/extractor-version.js';
import { runIngest } from '../../ingest/run-ingest.js';
import type { IngestChildResult } from '../ingest-child.js';
import { median, round, timed } from '../measure.js';
import type { BenchNeo4j } from '../bench-neo4j.js';
import type { Stage } from '../stage.js';
import { neo4jEnvironment } from '../../src/config.js';

const NOOP_ARTICLES = 1000;
const NOOP_ROUNDS = 3;
/** Articles the concurrent check splits between its processes. */
const CONCURRENT_ARTICLES = 300;
const CONCURRENT_PROCESSES = 3;

export const ingestStage: Stage = async ({ corpus, neo4j: start, log }) => {
  const neo4j = await start();
  const paths = corpus.files.slice(0, NOOP_ARTICLES);
  const extractor = await extractorVersion();
  await neo4j.wipe();
  const first = await timed(() => runIngest(neo4j.writer, { paths }));
  log(`ingest: ${paths.length} articles in ${first.seconds.toFixed(1)} s`);
  const reruns: number[] = [];
  for (let i = 0; i < NOOP_ROUNDS; i++) {
    const rerun = await timed(() => runIngest(neo4j.writer, { paths }));
    const { unchanged, added, changed, relinked } = rerun.value.articles;
    if (unchanged !== paths.length || added + changed + relinked > 0) {
      const edited = (await extractorVersion()) !== extractor;
      throw new Error(
        edited
          ? 'bench: src/extract, src/graph or src/model changed during the bench, so the rerun re-extracted everything; run the bench again'
          : `bench: the rerun was not a no-op: ${JSON.stringify(rerun.value.articles)}`,
      );
    }
    reruns.push(rerun.seconds);
  }
  log(`ingest: no-op reruns ${reruns.map((s) => s.toFixed(2)).join(', ')} s`);

  const concurrent = await concurrentIngestEqual(corpus.files.slice(0, CONCURRENT_ARTICLES), neo4j);
  log(
    `ingest: ${CONCURRENT_PROCESSES} sharded processes ${concurrent.equal ? 'gave' : 'did NOT give'} the graph of one run (${concurrent.seconds.toFixed(1)} s together)`,
  );

  await neo4j.wipe();
  const child = await ingestInChild(corpus.dir, neo4j.config);
  log(
    `ingest: scale corpus ${child.articles} articles in ${child.seconds.toFixed(0)} s, peak ${Math.round(child.peakRssMb)} MB`,
  );
  await neo4j.wipe();
  return {
    results: {
      noop_rerun_1000_s: round(median(reruns)),
      ingest_peak_rss_mb: Math.round(child.peakRssMb),
      concurrent_ingest_equal: concurrent.equal ? 1 : 0,
    },
    details: {
      ingest_1000_s: round(first.seconds),
      ingest_1000_graph: first.value.after,
      noop_rerun_1000_all_s: reruns.map((s) => round(s)),
      scale_ingest_articles: child.articles,
      scale_ingest_s: round(child.seconds),
      scale_ingest_graph: {
        entities: child.entities,
        relationships: child.relationships,
      },
      scale_ingest_skipped: child.skipped,
      concurrent_ingest_articles: CONCURRENT_ARTICLES,
      concurrent_ingest_s: round(concurrent.seconds),
    },
  };
};

/** One `runIngest` of `dir` in a process of its own: its time, phases and peak memory. */
export async function ingestInChild(dir: string, config: unknown): Promise<IngestChildResult> {
  // node itself, not the tsx CLI (which runs the script in a second process whose memory we
  // would not see), with tsx's loader resolved from here.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const script = fileURLToPath(new URL('../ingest-child.ts', import.meta.url));
  const run = promisify(execFile)(process.execPath, ['--import', tsx, script, dir], {
    env: { ...process.env, NEWSGRAPH_BENCH_NEO4J: JSON.stringify(config) },
    maxBuffer: 16 * 1024 * 1024,
  });
  run.child.stderr?.pipe(process.stderr);
  const { stdout } = await run;
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as IngestChildResult;
}

/**
 * `ingest --shard i/n` in n processes at once over one folder, against a single ingest of it:
 * the fingerprints of the two whole graphs must be equal.
 */
async function concurrentIngestEqual(files: readonly string[], neo4j: BenchNeo4j) {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bench-concurrent-'));
  try {
    for (const file of files) await copyFile(file, join(dir, basename(file)));
    await neo4j.wipe();
    const together = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENT_PROCESSES }, (_, i) =>
          ingestCommand(['--quiet', '--shard', `${i}/${CONCURRENT_PROCESSES}`, dir], neo4j.config),
        ),
      ),
    );
    const sharded = await graphFingerprint(neo4j);
    await neo4j.wipe();
    await runIngest(neo4j.writer, { paths: [dir] });
    return { equal: sharded === (await graphFingerprint(neo4j)), seconds: together.seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function ingestCommand(args: string[], config: BenchNeo4j['config']) {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const cli = fileURLToPath(new URL('../../ingest/ingest-cli.ts', import.meta.url));
  return promisify(execFile)(process.execPath, ['--import', tsx, cli, ...args], {
    env: { ...process.env, ...neo4jEnvironment(config) },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Every node and relationship but the run's timestamps and id, in a stable order, hashed. */
async function graphFingerprint({ driver, config }: BenchNeo4j): Promise<string> {
  const hash = createHash('sha256');
  for (const query of [
    // An article and its index node share an id: labels make the order total.
    'MATCH (n) RETURN labels(n) AS labels, n {.*, ingestedAt: null, run: null, stat: null} AS props ORDER BY props.id, labels',
    `MATCH (s)-[r]->(t) RETURN s.id AS source, type(r) AS type, properties(r) AS props, t.id AS target
     ORDER BY source, type, target, props.id, props.article, props.start`,
  ]) {
    const { records } = await driver.executeQuery(query, {}, { database: config.database });
    // Neo4j returns a map's keys in an order that depends on how it was written: sort them.
    for (const r of records) hash.update(JSON.stringify(r.toObject(), sortedKeys));
  }
  return hash.digest('hex');
}

const sortedKeys = (_key: string, value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
    : value;
