import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Article } from '../model/types.js';
import { CorpusError } from './errors.js';
import { parseFrontMatter } from './front-matter.js';
import { toPlainText } from './plain-text.js';

const DEFAULT_LANGUAGE = 'en';
const TITLE_MAX_LENGTH = 120;

/** An article's id is its file name without the extension: stable across machines and reruns. */
export function articleId(path: string): string {
  return basename(path, extname(path));
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Turns a file's decoded text into an Article, with notes on what was left out of it. Pure: the caller does the reading and decoding.
 * Plain files without front matter are welcome; their title is the markup's or their first line.
 */
export function parseArticle(
  text: string,
  source: string,
  hash: string,
): { article: Article; notes: string[] } {
  const { meta, body, notes } = parseFrontMatter(text, source);
  const plain = toPlainText(body, source);
  if (plain.text.trim() === '') throw new CorpusError(`corpus: ${source}: empty; nothing to ingest`);
  const article: Article = {
    id: articleId(source),
    title: meta.title ?? plain.title ?? fallbackTitle(plain.text, source),
    language: meta.language ?? DEFAULT_LANGUAGE,
    source,
    text: plain.text,
    hash,
  };
  if (meta.outlet) article.outlet = meta.outlet;
  if (meta.published) article.published = meta.published;
  return { article, notes };
}

function fallbackTitle(body: string, source: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '')?.trim() ?? articleId(source);
  return line.length > TITLE_MAX_LENGTH ? `${line.slice(0, TITLE_MAX_LENGTH - 1)}…` : line;
}
