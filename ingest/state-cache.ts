import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../src/config.js';
import type { StoredArticle } from '../src/store/write.js';

// A run plans from the state of every stored article (hash, stat, extractor, source). Read from
// Neo4j, that is a scan of every Article: at 100k articles the one cost of a small change that
// grows with the corpus, besides listing the files. So a run keeps a copy on disk, as git's
// index keeps file stats, tagged with the id the store gave the last run to finish writing. The
// copy is used only while that id is still the store's last run: a run from anywhere that has
// written since makes it stale, and the state is read from the store as before. A run that died
// mid-way leaves the id unchanged, but the store marks it unfinished, and the state is read
// from the store then (run-ingest.ts).

/** Where the copy for one store (one URI and database) is kept. */
export const STATE_CACHE_DIR = join('.cache', 'article-state');

export function stateCacheFile(
  neo4j: Pick<Config['neo4j'], 'uri' | 'database'>,
  dir = STATE_CACHE_DIR,
): string {
  const store = createHash('sha256').update(`${neo4j.uri}\n${neo4j.database}`).digest('hex');
  return join(dir, `${store.slice(0, 16)}.json`);
}

/** An article's state as one row: [id, hash, current, stat, source]. */
type Row = [string, string, boolean, string | null, string | null];

interface CacheFile {
  /** The store's last run when this state was its articles'. */
  run: string;
  /** The extractor `current` was decided for. */
  extractor: string;
  articles: Row[];
}

/**
 * The cached state if it is the store's now (its run is `lastRun`) and was judged for this
 * extractor; otherwise undefined. A missing, unreadable or malformed file is only a miss.
 */
export async function readStateCache(
  file: string,
  lastRun: string | null,
  extractor: string,
): Promise<Map<string, StoredArticle> | undefined> {
  if (lastRun === null) return undefined;
  let cached: unknown;
  try {
    cached = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isCacheFile(cached) || cached.run !== lastRun || cached.extractor !== extractor) {
    return undefined;
  }
  return new Map(
    cached.articles.map(([id, hash, current, stat, source]) => [
      id,
      { hash, current, stat, source },
    ]),
  );
}

/** Keeps `articles` as the store's state after `run`; written whole, then renamed into place. */
export async function writeStateCache(
  file: string,
  run: string,
  extractor: string,
  articles: ReadonlyMap<string, StoredArticle>,
): Promise<void> {
  const rows: Row[] = [...articles].map(([id, a]) => [id, a.hash, a.current, a.stat, a.source]);
  const content: CacheFile = { run, extractor, articles: rows };
  await mkdir(dirname(file), { recursive: true });
  // Two runs on one machine may finish one after the other: each renames a whole file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(content));
  await rename(temporary, file);
}

const isCacheFile = (value: unknown): value is CacheFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CacheFile).run === 'string' &&
  typeof (value as CacheFile).extractor === 'string' &&
  Array.isArray((value as CacheFile).articles) &&
  (value as CacheFile).articles.every(isRow);

const isRow = (row: unknown): row is Row =>
  Array.isArray(row) &&
  row.length === 5 &&
  typeof row[0] === 'string' &&
  typeof row[1] === 'string' &&
  typeof row[2] === 'boolean' &&
  (row[3] === null || typeof row[3] === 'string') &&
  (row[4] === null || typeof row[4] === 'string');
