import { CorpusError, decodeArticle, loadArticleFile } from '../src/corpus/index.js';
import { extractArticle } from '../src/extract/index.js';
import type { Article, ArticleExtraction, ArticleMeta } from '../src/model/types.js';
import {
  extractWithPool,
  resolveExtractPoolOptions,
  type ExtractPoolOptions,
} from './extract-pool.js';
import type { FileReport } from './file-report.js';

/** What ingest keeps of a freshly read article: metadata and facts, not the text. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  hash: string;
  extraction: ArticleExtraction;
}

/** One file read and extracted, or the one line that says why it could not be. */
export type FileOutcome = { article: ExtractedArticle; notes: string[] } | { skipped: string };

export interface ExtractFilesOptions {
  maxBytes: number;
  onEach?: () => void;
  /** Worker threads and when to do without them; see DEFAULT_EXTRACT_POOL_OPTIONS. */
  pool?: Partial<ExtractPoolOptions>;
}

/**
 * Reads and extracts one file in this thread; the text is dropped on return. Only a CorpusError
 * (the file's fault) becomes `skipped`: anything else is a bug and is thrown.
 */
export async function extractFile(path: string, maxBytes: number): Promise<FileOutcome> {
  try {
    const { article, notes } = decodeArticle(await loadArticleFile(path, maxBytes));
    return { article: { ...withoutText(article), extraction: extractArticle(article) }, notes };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    return { skipped: error.message };
  }
}

/**
 * Reads and extracts the given files, on worker threads when there are enough files to pay for
 * starting the workers and more than one core to run them. Results keep the input order. A file
 * that cannot be read is reported as skipped; texts never leave the thread that extracts them,
 * so memory follows the facts only.
 */
export async function extractFiles(
  paths: readonly string[],
  options: ExtractFilesOptions,
  report: FileReport,
): Promise<ExtractedArticle[]> {
  const pool = resolveExtractPoolOptions(options.pool);
  // One worker would only add its start-up: the calling thread is as fast on one core.
  const outcomes =
    pool.workers > 1 && paths.length >= pool.inThreadBelow
      ? extractWithPool(paths, options.maxBytes, pool)
      : inThread(paths, options.maxBytes);
  const out: ExtractedArticle[] = [];
  for await (const outcome of outcomes) {
    if ('skipped' in outcome) report.skipped.push(outcome.skipped);
    else {
      report.notes.push(...outcome.notes);
      out.push(outcome.article);
    }
    options.onEach?.();
  }
  return out;
}

/** Metadata and hash, so that the text can be dropped. */
const withoutText = ({ text: _text, hash, ...meta }: Article) => ({ meta, hash });

async function* inThread(paths: readonly string[], maxBytes: number) {
  for (const path of paths) yield await extractFile(path, maxBytes);
}
