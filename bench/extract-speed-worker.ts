// One bench worker thread: extracts the same texts with either raw compromise or our extraction,
// so the two are timed on equal terms (one thread each, texts already in memory, JIT warm: V8
// spends seconds optimising and re-optimising compromise's code over the first few hundred
// articles). Raw compromise runs in a thread that never loads our plugin.
import { parentPort, workerData } from 'node:worker_threads';
import { decodeArticle, loadArticleFile } from '../src/corpus/index.js';
import type { Article } from '../src/model/types.js';
import { countWords } from './measure.js';

export interface SpeedTask {
  mode: 'compromise' | 'ours';
  files: string[];
  /** Untimed passes over the texts first, so that both sides are timed with a warm JIT. */
  warmupPasses: number;
}

export interface SpeedResult {
  words: number;
  /** Wall time. */
  seconds: number;
  /** CPU time of the process, which is this thread while the main thread waits for it. */
  cpuSeconds: number;
}

async function extractor(mode: SpeedTask['mode']): Promise<(article: Article) => unknown> {
  if (mode === 'ours') return (await import('../src/extract/index.js')).extractArticle;
  // The same build of compromise as ours (src/extract/nlp.ts), without our plugin.
  const { nlp } = await import('../src/extract/nlp.js');
  return ({ text }) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
}

const task = workerData as SpeedTask;
const run = await extractor(task.mode);
const articles: Article[] = [];
for (const file of task.files) articles.push(decodeArticle(await loadArticleFile(file)).article);
for (let pass = 0; pass < task.warmupPasses; pass++) for (const article of articles) run(article);
const start = performance.now();
const cpu = process.cpuUsage();
let words = 0;
for (const article of articles) {
  run(article);
  words += countWords(article.text);
}
const { user, system } = process.cpuUsage(cpu);
const result: SpeedResult = {
  words,
  seconds: (performance.now() - start) / 1000,
  cpuSeconds: (user + system) / 1e6,
};
parentPort?.postMessage(result);
