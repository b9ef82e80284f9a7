import { CorpusError, decodeArticle, loadArticleFile } from '../src/corpus/index.js';
import { extractArticle } from '../src/extract/index.js';
import type { Article, ArticleExtraction, ArticleMeta } from '../src/model/types.js';

/** What ingest keeps of a freshly read article: metadata and facts, not the text. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  hash: string;
  extraction: ArticleExtraction;
}

/** One file read and extracted, or the one line that says why it could not be. */
export type FileOutcome = { article: ExtractedArticle; notes: string[] } | { skipped: string };

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

/** Metadata and hash, so that the text can be dropped. */
const withoutText = ({ text: _text, hash, ...meta }: Article) => ({ meta, hash });
