import { open } from 'node:fs/promises';
import type { Article } from '../model/types.js';
import { decodeText } from './decode-text.js';
import { CorpusError } from './errors.js';
import { articleId, contentHash, parseArticle } from './parse-article.js';

/** A file's bytes and identity, before any parsing: enough to tell whether it changed. */
export interface ArticleFile {
  id: string;
  source: string;
  bytes: Uint8Array;
  hash: string;
}

/**
 * Articles are kilobytes; a file far larger is a dump or a mistake, and reading it whole would
 * cost memory for nothing. Raise with --max-bytes (ingest, extract) when a real article is larger.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Reads a file's bytes, refusing (before reading) a file over the size limit. */
export async function loadArticleFile(
  path: string,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ArticleFile> {
  const cannotRead = (error: NodeJS.ErrnoException) =>
    new CorpusError(`corpus: ${path}: cannot read (${error.code ?? error.message})`);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(error);
  });
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new CorpusError(
        `corpus: ${path}: ${mib(size)} is over the ${mib(maxBytes)} limit; skipped (raise it with --max-bytes)`,
      );
    }
    const bytes = await handle.readFile().catch((error: NodeJS.ErrnoException) => {
      throw cannotRead(error);
    });
    return { id: articleId(path), source: path, bytes, hash: contentHash(bytes) };
  } finally {
    await handle.close();
  }
}

/** Decodes and parses a loaded file; `notes` says what was done to make it readable. */
export function decodeArticle(file: ArticleFile): { article: Article; notes: string[] } {
  const { text, note } = decodeText(file.bytes, file.source);
  const parsed = parseArticle(text, file.source, file.hash);
  return { article: parsed.article, notes: note ? [note, ...parsed.notes] : parsed.notes };
}

/** Reads and parses one article file. */
export async function readArticle(path: string, maxBytes?: number): Promise<Article> {
  return decodeArticle(await loadArticleFile(path, maxBytes)).article;
}
