import { CorpusError, decodeArticle, loadArticleFile } from '../src/corpus/index.js';
import { extractArticle } from '../src/extract/index.js';
import type { ArticleExtraction, ArticleMeta } from '../src/model/types.js';
import type { FileReport } from './file-report.js';

/** What ingest keeps of a freshly read article: metadata and facts, not the text. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  hash: string;
  extraction: ArticleExtraction;
}

export interface ExtractFilesOptions {
  maxBytes: number;
  onEach?: () => void;
}

/**
 * Reads and extracts the given files one after another. A file that cannot be read is reported
 * as skipped; texts are dropped as soon as they are extracted so memory follows the facts only.
 */
export async function extractFiles(
  paths: readonly string[],
  options: ExtractFilesOptions,
  report: FileReport,
): Promise<ExtractedArticle[]> {
  const out: ExtractedArticle[] = [];
  for (const path of paths) {
    try {
      const { article, notes } = decodeArticle(await loadArticleFile(path, options.maxBytes));
      report.notes.push(...notes);
      const { text: _text, hash, ...meta } = article;
      out.push({ meta, hash, extraction: extractArticle(article) });
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      report.skipped.push(error.message);
    }
    options.onEach?.();
  }
  return out;
}
