// 1. Extraction against its limit, raw compromise, on one thread each; then the pool on every
// core against the pool on one worker, start-up included, as ingest runs it.
import { availableParallelism } from 'node:os';
import { extractWithPool, startModuleWorker } from '../../ingest/extract-pool.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/corpus/index.js';
import type { SpeedResult, SpeedTask } from '../extract-speed-worker.js';
import { round, timed } from '../measure.js';
import type { Stage } from '../stage.js';

/** ~100k words: long enough to time, short enough to run each side twice. */
const RATIO_ARTICLES = 200;
/**
 * Rounds of the pool on one worker against all. It runs over the whole scale corpus, as an
 * ingest of a few thousand articles would: each worker pays about three CPU seconds before it
 * runs at full speed (start-up, then V8 compiling and re-compiling compromise's code over the
 * first couple of hundred articles), and over a shorter run that fixed cost, not the parallel
 * work, decides the ratio.
 */
const POOL_ROUNDS = 2;
/** Each side runs this often, alternating, and keeps its best: other load comes and goes. */
const ROUNDS = 2;

function speed(task: SpeedTask): Promise<SpeedResult> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(new URL('../extract-speed-worker.ts', import.meta.url), {
      workerData: task,
    });
    worker.once('message', (result: SpeedResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Wall time of the pool over the files, and the cores the process got meanwhile. */
async function runPool(files: readonly string[], workers: number) {
  const cpu = process.cpuUsage();
  const { seconds } = await timed(async () => {
    for await (const outcome of extractWithPool(files, DEFAULT_MAX_ARTICLE_BYTES, { workers })) {
      if ('skipped' in outcome) throw new Error(`bench: ${outcome.skipped}`);
    }
  });
  const { user, system } = process.cpuUsage(cpu);
  return { seconds, cores: (user + system) / 1e6 / seconds };
}

export const extractionStage: Stage = async ({ corpus, log }) => {
  // Spread the sample over the whole corpus: every genre, not just the press.
  const sample = (n: number) =>
    corpus.files.filter((_, i) => i % Math.floor(corpus.files.length / n) === 0).slice(0, n);

  const files = sample(RATIO_ARTICLES);
  const wall = { compromise: Infinity, ours: Infinity };
  const cpu = { compromise: Infinity, ours: Infinity };
  let words = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['compromise', 'ours'] as const) {
      const result = await speed({ mode, files, warmupPasses: 1 });
      wall[mode] = Math.min(wall[mode], result.seconds);
      cpu[mode] = Math.min(cpu[mode], result.cpuSeconds);
      words = result.words;
      log(
        `extract: ${mode} ${Math.round(result.words / result.seconds)} words/s (${Math.round(result.words / result.cpuSeconds)} per CPU second)`,
      );
    }
  }

  const cores = availableParallelism();
  const poolFiles = corpus.files;
  const pool = { one: { seconds: Infinity, cores: 0 }, all: { seconds: Infinity, cores: 0 } };
  for (let round = 0; round < POOL_ROUNDS; round++) {
    for (const [side, workers] of [
      ['one', 1],
      ['all', cores],
    ] as const) {
      const run = await runPool(poolFiles, workers);
      if (run.seconds < pool[side].seconds) pool[side] = run;
      log(
        `extract: pool of ${workers}: ${run.seconds.toFixed(1)} s, the process got ${run.cores.toFixed(2)} cores`,
      );
    }
  }

  const wordsPerSecond = (seconds: number) => Math.round(words / seconds);
  return {
    results: {
      // Per CPU second: on a machine others are using too, wall time mostly measures them.
      extract_ratio_vs_compromise: round(cpu.compromise / cpu.ours),
      worker_speedup: round(pool.one.seconds / pool.all.seconds),
    },
    details: {
      extract_words: words,
      extract_words_per_s_ours: wordsPerSecond(wall.ours),
      extract_words_per_s_compromise: wordsPerSecond(wall.compromise),
      extract_words_per_cpu_s_ours: wordsPerSecond(cpu.ours),
      extract_words_per_cpu_s_compromise: wordsPerSecond(cpu.compromise),
      extract_ratio_wall: round(wall.compromise / wall.ours),
      pool_articles: poolFiles.length,
      pool_workers: cores,
      pool_seconds_one_worker: round(pool.one.seconds),
      pool_seconds_all_workers: round(pool.all.seconds),
      // Process CPU time over wall time: well under the worker count means other work had the
      // cores. One worker already uses more than one core: V8 optimises code on other threads.
      pool_cores_used_one_worker: round(pool.one.cores),
      pool_cores_used_all_workers: round(pool.all.cores),
    },
  };
};
