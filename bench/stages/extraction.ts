// 1. Extraction against its limit, raw compromise, on one thread each; then the pool on every
// core against the pool on one worker, start-up included, as ingest runs it; then the worst-case
// shapes against the prose they are made of, from 1 KB to 5 MiB.
import { availableParallelism } from 'node:os';
import { extractWithPool, startModuleWorker } from '../../ingest/extract-pool.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/corpus/index.js';
import { brownDocuments } from '../brown-corpus.js';
import type { SpeedResult, SpeedTask } from '../extract-speed-worker.js';
import { round, timed } from '../measure.js';
import type { Stage } from '../stage.js';
import type { ShapeTask, ShapeTiming } from '../worst-case-worker.js';
import { WORST_CASE_SHAPE_NAMES, type WorstCaseShape } from '../worst-case-texts.js';

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
/**
 * Untimed passes over the sample before each side's timed one. After one pass our extraction was
 * still warming: its first timed round ran at 12,045 words per CPU second and its second at
 * 17,220, while compromise's two agreed (22,503 / 22,555). A third pass gains compromise about 3%
 * and ours about 9%: from there both are timed warm, as an ingest of thousands of articles runs.
 */
const WARMUP_PASSES = 3;

/** Every shape at each of these sizes; at LARGEST, only the prose and the slowest shape. */
const SHAPE_SIZES = [1 << 10, 64 << 10, 1 << 20];
const LARGEST = DEFAULT_MAX_ARTICLE_BYTES;
/** Prose the shapes are made of: the Brown corpus from its start (press first), this much. */
const PROSE_BYTES = 400_000;

/** Runs a bench worker on its task and answers with what it posts. */
function inWorker<T>(file: string, task: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(new URL(file, import.meta.url), { workerData: task });
    worker.once('message', (result: T) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const speed = (task: SpeedTask) => inWorker<SpeedResult>('../extract-speed-worker.ts', task);
const shapes = (task: ShapeTask) => inWorker<ShapeTiming[]>('../worst-case-worker.ts', task);

async function brownProse(): Promise<string> {
  const paragraphs: string[] = [];
  let bytes = 0;
  for await (const doc of brownDocuments()) {
    for (const p of doc.paragraphs) {
      paragraphs.push(p);
      bytes += Buffer.byteLength(p);
    }
    if (bytes >= PROSE_BYTES) break;
  }
  return paragraphs.join('\n\n');
}

/**
 * Each shape's words per CPU second over the prose's at the same size, the slowest first. The
 * slowest at 1 MiB is timed again at the largest size an article may have, beside the prose.
 */
async function worstCase(log: (line: string) => void) {
  const prose = await brownProse();
  const all: (WorstCaseShape | undefined)[] = [undefined, ...WORST_CASE_SHAPE_NAMES];
  const runs = SHAPE_SIZES.flatMap((bytes) => all.map((shape) => ({ shape, bytes })));
  const timings = await shapes({ prose, runs });
  const ratios = (list: ShapeTiming[]) => {
    const speed = (t: ShapeTiming) => t.words / t.cpuSeconds;
    return list
      .filter((t) => t.shape !== 'prose')
      .map((t) => {
        const base = list.find((p) => p.shape === 'prose' && p.bytes === t.bytes) as ShapeTiming;
        return {
          shape: t.shape,
          bytes: t.bytes,
          ratio: speed(t) / speed(base),
          perCpuSecond: Math.round(speed(t)),
        };
      })
      .sort((a, b) => a.ratio - b.ratio);
  };
  const slowest = ratios(timings).filter((r) => r.bytes === SHAPE_SIZES[SHAPE_SIZES.length - 1])[0];
  const largest = await shapes({
    prose,
    runs: [{ bytes: LARGEST }, { shape: slowest?.shape as WorstCaseShape, bytes: LARGEST }],
  });
  const ranked = ratios([...timings, ...largest]);
  for (const r of ranked) {
    log(
      `extract: ${r.shape} at ${r.bytes} bytes: ${r.perCpuSecond} words per CPU second, ${round(r.ratio)}× prose`,
    );
  }
  const prosePerCpuSecond = Object.fromEntries(
    [...timings, ...largest]
      .filter((t) => t.shape === 'prose')
      .map((t) => [t.bytes, Math.round(t.words / t.cpuSeconds)]),
  );
  return { ratios: ranked, prosePerCpuSecond };
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
      const result = await speed({ mode, files, warmupPasses: WARMUP_PASSES });
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

  const worst = await worstCase(log);

  const wordsPerSecond = (seconds: number) => Math.round(words / seconds);
  return {
    results: {
      // Per CPU second: on a machine others are using too, wall time mostly measures them.
      extract_ratio_vs_compromise: round(cpu.compromise / cpu.ours),
      worker_speedup: round(pool.one.seconds / pool.all.seconds),
      // The slowest worst-case shape at any size, against ordinary prose of that size.
      extract_worst_case_ratio: round(worst.ratios[0]?.ratio ?? 0),
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
      extract_worst_case: worst.ratios.map((r) => ({ ...r, ratio: round(r.ratio) })),
      extract_prose_words_per_cpu_s_by_bytes: worst.prosePerCpuSecond,
    },
  };
};
