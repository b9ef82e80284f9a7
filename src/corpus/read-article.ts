import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
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

/**
 * Reads a file's bytes, refusing (before reading) a file over the size limit. The reads are
 * synchronous: a corpus is many small files, and through the promise API each costs an open, a
 * stat, a read and a close as four trips through libuv's thread pool, about nine times the CPU
 * (hashing the 100k news corpus: 7.4 CPU seconds against 0.85).
 */
export async function loadArticleFile(
  path: string,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ArticleFile> {
  const cannotRead = (error: NodeJS.ErrnoException) =>
    new CorpusError(`corpus: ${path}: cannot read (${error.code ?? error.message})`);
  let fd: number;
  try {
    // Non-blocking, so that a link to a pipe opens at once and is refused below, not waited on.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw cannotRead(error as NodeJS.ErrnoException);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new CorpusError(`corpus: ${path}: not a regular file; skipped`);
    const { size } = info;
    if (size > maxBytes) {
      throw new CorpusError(
        `corpus: ${path}: ${mib(size)} is over the ${mib(maxBytes)} limit; skipped (raise it with --max-bytes)`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(fd);
    } catch (error) {
      throw cannotRead(error as NodeJS.ErrnoException);
    }
    return { id: articleId(path), source: path, bytes, hash: contentHash(bytes) };
  } finally {
    closeSync(fd);
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
