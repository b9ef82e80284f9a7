import { stat } from 'node:fs/promises';
import { extractFile, type ExtractedArticle, type FileOutcome } from './extract-file.js';
import {
  extractWithPool,
  resolveExtractPoolOptions,
  type ExtractPoolOptions,
} from './extract-pool.js';
import type { FileReport } from './file-report.js';

export interface ExtractFilesOptions {
  maxBytes: number;
  onEach?: () => void;
  /** Worker threads, when to do without them, and how long a file may take; see DEFAULT_EXTRACT_POOL_OPTIONS. */
  pool?: Partial<ExtractPoolOptions>;
}

/**
 * Bytes a file may have per second of its time limit and still be extracted in the calling
 * thread, where nothing can stop it: a tenth of the slowest speed the bench lets pass (a fifth of
 * ordinary prose's ~50 KB/s, bench/floors.ts), so that even a machine ten times slower keeps
 * the limit.
 */
const IN_THREAD_BYTES_PER_SECOND = 1_000;

/**
 * Reads and extracts the given files, on worker threads when there is enough text to pay for
 * starting the workers and more than one core to run them, or when a file is large enough to
 * outrun its time limit (only a worker can be stopped). Results keep the input order. A file
 * that cannot be read, or is abandoned, is reported as skipped; texts never leave the thread
 * that extracts them, so memory follows the facts only.
 */
export async function extractFiles(
  paths: readonly string[],
  options: ExtractFilesOptions,
  report: FileReport,
): Promise<ExtractedArticle[]> {
  const out: ExtractedArticle[] = [];
  for await (const article of extractEach(paths, options, report)) out.push(article);
  return out;
}

/** extractFiles one article at a time, for a caller that keeps none of them in memory. */
export async function* extractEach(
  paths: readonly string[],
  options: ExtractFilesOptions,
  report: FileReport,
): AsyncGenerator<ExtractedArticle> {
  const pool = resolveExtractPoolOptions(options.pool);
  const outcomes = (await fitsInThread(paths, pool))
    ? inThread(paths, options.maxBytes)
    : extractWithPool(paths, options.maxBytes, pool);
  for await (const outcome of outcomes) {
    if ('skipped' in outcome) report.skipped.push(outcome.skipped);
    else {
      report.notes.push(...outcome.notes);
      yield outcome.article;
    }
    options.onEach?.();
  }
}

/**
 * Whether the calling thread should extract these files: they are few bytes in all (or there is
 * one core, where a worker only adds its start-up), and none is so large that it could outrun its
 * time limit, since only a worker can be stopped. A file that cannot be read counts as empty; it
 * is skipped when it is extracted.
 */
async function fitsInThread(paths: readonly string[], pool: ExtractPoolOptions): Promise<boolean> {
  const largest = pool.maxSeconds * IN_THREAD_BYTES_PER_SECOND;
  let total = 0;
  for (const path of paths) {
    const size = await stat(path).then(
      (s) => s.size,
      () => 0,
    );
    total += size;
    if (size > largest || (pool.workers > 1 && total >= pool.inThreadBelowBytes)) return false;
  }
  return true;
}

async function* inThread(paths: readonly string[], maxBytes: number): AsyncGenerator<FileOutcome> {
  for (const path of paths) yield await extractFile(path, maxBytes);
}
