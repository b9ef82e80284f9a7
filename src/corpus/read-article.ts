import { readFile } from 'node:fs/promises';
import type { Article } from '../model/types.js';
import { CorpusError } from './errors.js';
import { contentHash, parseArticle } from './parse-article.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and parses one article file. Throws CorpusError with a one-line message on bad input. */
export async function readArticle(path: string): Promise<Article> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusError(`corpus: ${path}: cannot read (${error.code ?? error.message})`);
  });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CorpusError(`corpus: ${path}: not UTF-8 text; convert it to UTF-8 and rerun`);
  }
  return parseArticle(text, path, contentHash(bytes));
}
