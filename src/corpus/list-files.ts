import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CorpusError } from './errors.js';

/** File endings read as articles when a folder is given; a file named explicitly is always read. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
]);

/** Expands files and folders (recursively) into a sorted, de-duplicated list of article paths. */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    for (const file of await expand(path)) found.add(file);
  }
  return [...found].sort();
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new CorpusError(`corpus: ${path}: no such file or folder`);
  });
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  // Links are listed too: one that points nowhere is then reported as unreadable, not ignored.
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name));
}
