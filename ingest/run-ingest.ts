import { extractArticle } from '../src/extract/index.js';
import { mergeExtractions } from '../src/graph/index.js';
import {
  CorpusError,
  decodeArticle,
  listArticleFiles,
  loadArticleFile,
  type ArticleFile,
} from '../src/corpus/index.js';
import type { Article, ArticleExtraction, Entity } from '../src/model/types.js';
import type {
  ArticleRow,
  ArticleWrite,
  GraphCounts,
  GraphWriter,
  WriteCounters,
} from '../src/store/write.js';
import { factsByArticle, type ArticleFacts } from './article-facts.js';
import { extractorVersion } from './extractor-version.js';
import { isNoop, planIngest } from './plan.js';

export interface IngestOptions {
  /** Files and folders to read; folders are read recursively. */
  paths: readonly string[];
  /** Remove articles whose files are gone, with every fact only they supported. */
  prune: boolean;
  /** Whole articles per write transaction: larger is faster, smaller loses less to a crash. */
  batchSize: number;
  /** Called as work advances, for a progress bar. */
  onProgress?: (progress: IngestProgress) => void;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  paths: ['corpus'],
  prune: false,
  batchSize: 100,
};

export interface IngestProgress {
  stage: 'read' | 'write';
  done: number;
  total: number;
}

export interface IngestSummary {
  articles: { added: number; changed: number; removed: number; unchanged: number; kept: number };
  before: GraphCounts;
  after: GraphCounts;
  written: WriteCounters;
  /** One line per file that could not be ingested; the rest of the corpus still was. */
  warnings: string[];
}

export function resolveIngestOptions(options: Partial<IngestOptions>): IngestOptions {
  const resolved = { ...DEFAULT_INGEST_OPTIONS, ...options };
  if (!Number.isInteger(resolved.batchSize) || resolved.batchSize < 1) {
    throw new Error(`ingest: batch size must be a whole number ≥ 1, got ${resolved.batchSize}`);
  }
  if (resolved.paths.length === 0) resolved.paths = DEFAULT_INGEST_OPTIONS.paths;
  return resolved;
}

/**
 * Brings the store in line with the corpus: afterwards it holds what one clean ingest of the
 * current files (plus, without --prune, the articles whose files are gone) would hold.
 */
export async function runIngest(
  writer: GraphWriter,
  partial: Partial<IngestOptions> = {},
): Promise<IngestSummary> {
  const options = resolveIngestOptions(partial);
  const warnings: string[] = [];
  const [paths, extractor] = await Promise.all([
    listArticleFiles(options.paths),
    extractorVersion(),
  ]);
  await writer.ensureSchema();
  const [stored, before] = await Promise.all([writer.readArticleState(), writer.counts()]);

  const files = await loadFiles(paths, warnings);
  const plan = planIngest([...files.values()], stored, extractor, options.prune);
  const summary: IngestSummary = {
    articles: {
      added: 0,
      changed: 0,
      removed: plan.remove.length,
      unchanged: 0,
      kept: plan.keep.length,
    },
    before,
    after: before,
    written: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 },
    warnings,
  };
  if (isNoop(plan)) {
    summary.articles.unchanged = plan.reuse.length;
    return summary;
  }

  // Only the text of new and changed files is read; the rest comes from the store.
  const fresh = new Map<string, { article: Article; extraction: ArticleExtraction }>();
  let read = 0;
  for (const id of plan.extract) {
    const file = files.get(id) as ArticleFile;
    try {
      const article = decodeArticle(file);
      fresh.set(id, { article, extraction: extractArticle(article) });
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      warnings.push(error.message);
    }
    options.onProgress?.({ stage: 'read', done: ++read, total: plan.extract.length });
  }
  const reused = await writer.readExtractions([...plan.reuse, ...plan.keep]);
  const graph = mergeExtractions([
    ...[...fresh.values()].map((f) => f.extraction),
    ...reused.values(),
  ]);
  const facts = factsByArticle(graph);
  const entities = new Map<string, Entity>(graph.entities.map((e) => [e.id, e]));

  const kept = new Set(plan.keep);
  const ingestedAt = new Date().toISOString();
  const writes: ArticleWrite[] = [];
  for (const id of [...fresh.keys(), ...reused.keys()]) {
    const f = facts.get(id) ?? emptyFacts(id);
    const entry = fresh.get(id);
    if (entry) {
      writes.push(
        toWrite(articleRow(entry.article, entry.extraction, f, extractor, ingestedAt), f),
      );
      if (stored.has(id)) summary.articles.changed++;
      else summary.articles.added++;
    } else if (stored.get(id)?.factsHash !== f.hash) {
      writes.push(toWrite({ id, factsHash: f.hash, ingestedAt }, f));
      summary.articles.changed++;
    } else if (!kept.has(id)) {
      summary.articles.unchanged++;
    }
  }

  const total = plan.remove.length + writes.length;
  let done = 0;
  for (const ids of chunks(plan.remove, options.batchSize)) {
    add(summary.written, await writer.removeArticles(ids));
    options.onProgress?.({ stage: 'write', done: (done += ids.length), total });
  }
  for (const batch of chunks(writes, options.batchSize)) {
    add(summary.written, await writer.replaceArticles(batch, entities));
    options.onProgress?.({ stage: 'write', done: (done += batch.length), total });
  }
  summary.after = await writer.counts();
  return summary;
}

/** Loads every file's bytes and hash; a file that cannot be read becomes a warning. */
async function loadFiles(paths: readonly string[], warnings: string[]) {
  const files = new Map<string, ArticleFile>();
  for (const path of paths) {
    try {
      const file = await loadArticleFile(path);
      const clash = files.get(file.id);
      if (clash) {
        warnings.push(`corpus: ${path}: same article id '${file.id}' as ${clash.source}; skipped`);
        continue;
      }
      files.set(file.id, file);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      warnings.push(error.message);
    }
  }
  return files;
}

function articleRow(
  article: Article,
  extraction: ArticleExtraction,
  facts: ArticleFacts,
  extractor: string,
  ingestedAt: string,
): ArticleRow {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet ?? null,
    published: article.published ?? null,
    language: article.language,
    source: article.source ?? null,
    hash: article.hash,
    factsHash: facts.hash,
    extractor,
    extraction: JSON.stringify(extraction),
    ingestedAt,
  };
}

const toWrite = (row: ArticleRow, facts: ArticleFacts): ArticleWrite => ({
  row,
  mentions: facts.mentions,
  relations: facts.relations,
});

const emptyFacts = (article: string): ArticleFacts => ({
  article,
  mentions: [],
  relations: [],
  hash: 'empty',
});

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function add(total: WriteCounters, more: WriteCounters) {
  total.nodesCreated += more.nodesCreated;
  total.nodesDeleted += more.nodesDeleted;
  total.relationshipsCreated += more.relationshipsCreated;
  total.relationshipsDeleted += more.relationshipsDeleted;
}
