// One bench worker thread: times our extraction on the worst-case shapes (worst-case-texts.ts)
// and on the prose they are made of, size by size, in CPU seconds, JIT warm. The stage divides.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../src/extract/index.js';
import type { Article } from '../src/model/types.js';
import { worstCaseText, type WorstCaseShape } from './worst-case-texts.js';

export interface ShapeTask {
  prose: string;
  /** shape undefined: the prose itself. */
  runs: { shape?: WorstCaseShape; bytes: number }[];
}

export interface ShapeTiming {
  shape: WorstCaseShape | 'prose';
  bytes: number;
  /** Prose words extracted, over every pass. */
  words: number;
  cpuSeconds: number;
}

/** A small text is extracted again until this much CPU time has passed: the clock's grain. */
const MIN_CPU_SECONDS = 0.5;

const article = (text: string): Article => ({
  id: 'worst-case',
  title: 'worst case',
  language: 'en',
  text,
  hash: '',
});

const task = workerData as ShapeTask;
extractArticle(article(task.prose.slice(0, 50_000)));
const timings: ShapeTiming[] = [];
for (const { shape, bytes } of task.runs) {
  const { text, words } = worstCaseText(task.prose, bytes, shape);
  const cpu = process.cpuUsage();
  let passes = 0;
  let cpuSeconds = 0;
  do {
    extractArticle(article(text));
    passes++;
    const { user, system } = process.cpuUsage(cpu);
    cpuSeconds = (user + system) / 1e6;
  } while (cpuSeconds < MIN_CPU_SECONDS);
  timings.push({ shape: shape ?? 'prose', bytes, words: words * passes, cpuSeconds });
}
parentPort?.postMessage(timings);
