import { readFile } from 'node:fs/promises';
import type { Article } from '../model/types.js';
import { CorpusError } from './errors.js';
import { articleId, contentHash, parseArticle } from './parse-article.js';

/** A file's bytes and identity, before any parsing: enough to tell whether it changed. */
export interface ArticleFile {
  id: string;
  source: string;
  bytes: Uint8Array;
  hash: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function loadArticleFile(path: string): Promise<ArticleFile> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusError(`corpus: ${path}: cannot read (${error.code ?? error.message})`);
  });
  return { id: articleId(path), source: path, bytes, hash: contentHash(bytes) };
}

/** Decodes and parses a loaded file. Throws CorpusError with a one-line message on bad input. */
export function decodeArticle(file: ArticleFile): Article {
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    throw new CorpusError(`corpus: ${file.source}: not UTF-8 text; convert it to UTF-8 and rerun`);
  }
  return parseArticle(text, file.source, file.hash);
}

/** Reads and parses one article file. */
export async function readArticle(path: string): Promise<Article> {
  return decodeArticle(await loadArticleFile(path));
}
