import 'dotenv/config';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { resolveConfig } from '../src/config.js';
import { runCli } from '../src/cli/run-cli.js';
import { untilStopped } from '../src/cli/until-stopped.js';
import { openGateway } from '../src/store/driver.js';
import { createGraphWriter } from '../src/store/write.js';
import { formatSummary } from './format-summary.js';
import type { Shard } from './plan.js';
import { DEFAULT_INGEST_OPTIONS, runIngest, type IngestProgress } from './run-ingest.js';
import { stateCacheFile } from './state-cache.js';
import { DEFAULT_WATCH_OPTIONS, watchCorpus } from './watch.js';

// commander parses the arguments: help text, unknown-option errors and defaults for free.
const program = new Command('ingest')
  .description('Write the articles in the given files and folders to Neo4j (default: corpus/).')
  .argument('[paths...]', 'article files or folders', DEFAULT_INGEST_OPTIONS.paths)
  .option(
    '--corrections <file>',
    'the corrections applied to the graph (missing: none)',
    DEFAULT_INGEST_OPTIONS.corrections,
  )
  .option('--prune', 'remove articles whose files are gone, and what only they said', false)
  .option(
    '--batch-size <n>',
    'whole articles per write transaction',
    (v) => Number(v),
    DEFAULT_INGEST_OPTIONS.batchSize,
  )
  .option(
    '--max-bytes <n>',
    'refuse article files larger than this',
    (v) => Number(v),
    DEFAULT_INGEST_OPTIONS.maxBytes,
  )
  .option(
    '--max-seconds <n>',
    'abandon a file not extracted within this many seconds',
    (v) => Number(v),
    DEFAULT_INGEST_OPTIONS.maxSeconds,
  )
  .option(
    '--shard <i/n>',
    'ingest only the i-th of n parts of the corpus (0 ≤ i < n), for n runs side by side',
    parseShard,
  )
  .option('--watch', 'after ingesting, ingest new and changed files as they appear', false)
  .option('--quiet', 'print nothing but skipped files and errors', false)
  .showHelpAfterError();

runCli('ingest', async () => {
  program.parse();
  const opts = program.opts<{
    corrections: string;
    prune: boolean;
    batchSize: number;
    maxBytes: number;
    maxSeconds: number;
    quiet: boolean;
    watch: boolean;
    shard?: Shard;
  }>();
  const paths = program.processedArgs[0] as string[];
  const config = resolveConfig().neo4j;
  const store = await openGateway(config);
  const writer = createGraphWriter(store);
  const say = (line: string) => process.stdout.write(`${line}\n`);

  /** One pass over the corpus; returns the exit code it deserves. */
  const ingestOnce = async () => {
    const progress = opts.quiet || !process.stderr.isTTY ? undefined : progressBar();
    try {
      const summary = await runIngest(writer, {
        paths,
        corrections: opts.corrections,
        prune: opts.prune,
        batchSize: opts.batchSize,
        maxBytes: opts.maxBytes,
        maxSeconds: opts.maxSeconds,
        shard: opts.shard,
        stateCache: stateCacheFile(config),
        onProgress: progress?.update,
        onWait: () => {
          if (!opts.quiet)
            say('ingest: another ingest is writing to this Neo4j; waiting for it to finish');
        },
      });
      for (const line of formatSummary(summary)) {
        if (!opts.quiet || /^(skipped|unresolved):/.test(line)) say(line);
      }
      // Everything readable was ingested; a non-zero code still tells scripts that some was not.
      return summary.files.skipped.length > 0 ? 2 : 0;
    } finally {
      progress?.stop();
    }
  };

  try {
    if (!opts.watch) return await ingestOnce();
    // The watcher starts with the first pass, not after it: a file written while that pass runs
    // or just after it still leads to a run.
    const first = ingestOnce();
    const watcher = watchCorpus(
      paths,
      async () => {
        // A failed pass (Neo4j restarting, say) is reported and the next change tries again.
        await ingestOnce().catch((error: unknown) =>
          process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`),
        );
      },
      { ...DEFAULT_WATCH_OPTIONS, files: [opts.corrections] },
      first,
    );
    try {
      await Promise.all([first, watcher.ready]);
    } catch (error) {
      await watcher.close();
      throw error;
    }
    say(`ingest: watching ${paths.join(', ')} for changes (Ctrl-C to stop)`);
    await untilStopped();
    await watcher.close();
    say('ingest: stopped watching');
    return 0;
  } finally {
    await store.close();
  }
});

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || index >= count) {
    throw new InvalidArgumentError('expected i/n with 0 ≤ i < n, e.g. 0/3');
  }
  return { index, count };
}

/** A bar on stderr, shown only for runs long enough to need one. */
function progressBar() {
  const bar = new SingleBar({
    format: 'ingest: {stage} [{bar}] {value}/{total}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let stage: string | undefined;
  return {
    update(p: IngestProgress) {
      if (p.total < 50) return;
      if (stage !== p.stage) {
        if (stage) bar.stop();
        stage = p.stage;
        bar.start(p.total, 0, { stage: p.stage });
      }
      bar.update(p.done);
    },
    stop: () => stage && bar.stop(),
  };
}
