import { statSync, type Stats } from 'node:fs';
import { articleEntries } from '../src/graph/index.js';
import {
  articleId,
  CorpusError,
  correctionsHash,
  DEFAULT_CORRECTIONS_FILE,
  DEFAULT_MAX_ARTICLE_BYTES,
  listArticleFiles,
  loadArticleFile,
  readCorrectionsFile,
  type CorrectionsFile,
} from '../src/corpus/index.js';
import type { UnresolvedCorrection } from '../src/model/corrections.js';
import { addCounters, type WriteCounters } from '../src/store/gateway.js';
import type {
  ArticleRow,
  ArticleWrite,
  CorrectionsState,
  GraphCounts,
  GraphWriter,
  IngestLock,
  StoredArticle,
  WriteBatch,
} from '../src/store/write.js';
import { correctArticles, type ArticleFacts } from './article-facts.js';
import type { ExtractedArticle } from './extract-file.js';
import { DEFAULT_EXTRACT_POOL_OPTIONS } from './extract-pool.js';
import { extractionCache, type ExtractionCache } from './extraction-cache.js';
import { extractorVersion } from './extractor-version.js';
import { fileStat } from './file-stat.js';
import type { FileReport } from './file-report.js';
import { resolveChanges } from './resolve-changes.js';
import { readStateCache, writeStateCache } from './state-cache.js';
import {
  inShard,
  isNoop,
  planIngest,
  type IngestPlan,
  type PlannedFile,
  type Shard,
} from './plan.js';

export interface IngestOptions {
  /** Files and folders to read; folders are read recursively. */
  paths: readonly string[];
  /** The corrections file applied to the graph (README, Corrections); missing means none. */
  corrections: string;
  /** Remove articles whose files are gone, with every fact only they supported. */
  prune: boolean;
  /** Whole articles per write transaction: larger is faster, smaller loses less to a crash. */
  batchSize: number;
  /**
   * New and changed articles resolved against the alias index at once: memory holds this many
   * extractions (and their index entries), whatever the size of the corpus.
   */
  resolveBatch: number;
  /** Files larger than this are refused with a warning. */
  maxBytes: number;
  /** A file not extracted after this many seconds is abandoned with a warning. */
  maxSeconds: number;
  /** Called as work advances, for a progress bar. */
  onProgress?: (progress: IngestProgress) => void;
  /** Called once if another ingest is writing to this Neo4j and this one waits for it. */
  onWait?: () => void;
  /** Read only the articles of this shard (`--shard i/n`); the others are other runs' work. */
  shard?: Shard | undefined;
  /**
   * A file that keeps the stored articles' state between runs (state-cache.ts, for the store
   * this writer writes to); without it every run reads the state from the store.
   */
  stateCache?: string | undefined;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  paths: ['corpus'],
  corrections: DEFAULT_CORRECTIONS_FILE,
  prune: false,
  batchSize: 100,
  resolveBatch: 1000,
  maxBytes: DEFAULT_MAX_ARTICLE_BYTES,
  maxSeconds: DEFAULT_EXTRACT_POOL_OPTIONS.maxSeconds,
};

export interface IngestProgress {
  stage: 'read' | 'write';
  done: number;
  total: number;
}

export interface IngestSummary {
  articles: {
    added: number;
    /** Files whose content changed. */
    changed: number;
    /** Unchanged files whose facts changed through other articles (a name resolved anew). */
    relinked: number;
    removed: number;
    unchanged: number;
    kept: number;
  };
  before: GraphCounts;
  after: GraphCounts;
  written: WriteCounters;
  /** One line per file that could not be ingested (the rest of the corpus still was), and notes. */
  files: FileReport;
  corrections: {
    file: string;
    /** Rows in the file. */
    count: number;
    /** Rows with nothing to act on in the graph now, each with its reason. */
    unresolved: UnresolvedCorrection[];
  };
}

export function resolveIngestOptions(options: Partial<IngestOptions>): IngestOptions {
  const resolved = { ...DEFAULT_INGEST_OPTIONS, ...options };
  for (const key of ['batchSize', 'resolveBatch', 'maxBytes'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 1) {
      throw new Error(`ingest: ${key} must be a whole number ≥ 1, got ${resolved[key]}`);
    }
  }
  if (resolved.paths.length === 0) resolved.paths = DEFAULT_INGEST_OPTIONS.paths;
  const { shard } = resolved;
  const valid = (n: number) => Number.isInteger(n) && n >= 0;
  if (shard && !(valid(shard.index) && valid(shard.count) && shard.index < shard.count)) {
    throw new Error(
      `ingest: --shard must be i/n with 0 ≤ i < n, got ${shard.index}/${shard.count}`,
    );
  }
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
  const report: FileReport = { skipped: [], notes: [] };
  // A bad corrections file stops the run before anything is written: the graph without the
  // analyst's corrections would be wrong in ways they already fixed.
  const [listed, extractor, corrections] = await Promise.all([
    listArticleFiles(options.paths),
    extractorVersion(),
    readCorrectionsFile(options.corrections),
  ]);
  const paths = listed.filter((path) => inShard(articleId(path), options.shard));
  await writer.ensureSchema();
  // The last run before the state: a run finishing between the two reads then makes the state
  // be read again under the lock.
  const lastRun = await writer.lastRun();
  const cached =
    options.stateCache === undefined
      ? undefined
      : await readStateCache(options.stateCache, lastRun, extractor);
  const state = cached ?? (await writer.readArticleState(extractor));
  const { files, copies } = await hashFiles(paths, state, options.maxBytes, report);
  const scope = {
    ...options,
    listed: new Set(paths.map(articleId).filter((id) => !copies.has(id))),
    copies,
  };

  // Extraction, the slow part, runs before the lock: several runs (other shards, other
  // machines) extract side by side and queue only for their writes.
  const reader = extractionCache(
    (id) => (files.get(id) as HashedFile).source,
    {
      maxBytes: options.maxBytes,
      pool: { maxSeconds: options.maxSeconds },
      onProgress: (done, total) => options.onProgress?.({ stage: 'read', done, total }),
    },
    report,
  );
  try {
    await reader.extract(planIngest([...files.values()], state, scope).extract);
    return await underLock(writer, options, {
      files,
      scope,
      extractor,
      report,
      reader,
      corrections,
      read: { lastRun, state, cached: cached !== undefined },
    });
  } finally {
    await reader.close();
  }
}

/** From reading what the store holds to the last write: the part of a run that holds the lock. */
async function underLock(
  writer: GraphWriter,
  options: IngestOptions,
  {
    files,
    scope,
    extractor,
    report,
    reader,
    corrections,
    read,
  }: {
    files: ReadonlyMap<string, HashedFile>;
    scope: Parameters<typeof planIngest>[2];
    extractor: string;
    report: FileReport;
    reader: ExtractionCache;
    corrections: CorrectionsFile;
    /**
     * The article state read before the lock (from the store, or its cached copy), and the
     * last run to finish writing then.
     */
    read: { lastRun: string | null; state: Map<string, StoredArticle>; cached: boolean };
  },
): Promise<IngestSummary> {
  // A run plans from what the run before it wrote, never from what another is still writing:
  // the state read before the lock is read again if a run finished or died since (at 100k
  // articles reading it costs as much as the rest of a small change), or if a cached copy
  // does not even have the store's number of articles (someone deleted some by hand).
  const lock = await writer.lock(() => options.onWait?.());
  try {
    const [lastRun, interrupted, before, applied] = await Promise.all([
      writer.lastRun(),
      writer.wasInterrupted(),
      writer.counts(),
      writer.readCorrectionsState(),
    ]);
    const stale =
      lastRun !== read.lastRun ||
      interrupted ||
      (read.cached && before.articles !== read.state.size);
    const stored = stale ? await writer.readArticleState(extractor) : read.state;
    const plan = planIngest([...files.values()], stored, scope);
    // Files hashed again and found unchanged (touched, copied, or too fresh to trust last time)
    // keep their new stat, so that the next run need not read them.
    const stats = plan.reuse.flatMap((id) => {
      const { stat } = files.get(id) as HashedFile;
      return stat !== null && stat !== stored.get(id)?.stat ? [{ id, stat }] : [];
    });
    await writer.saveFileStats(stats);
    const summary = await writeChanges(writer, options, {
      files,
      plan,
      stored,
      interrupted,
      before,
      extractor,
      report,
      reader,
      lock,
      corrections,
      applied,
    });
    if (options.stateCache !== undefined) {
      // What this run may have changed of the articles' state; the rest is as it was planned from.
      const touched = [...plan.extract, ...plan.remove, ...stats.map((s) => s.id)];
      if (touched.length > 0 || stale || !read.cached) {
        await keepState(writer, options.stateCache, { extractor, stored, touched, report });
      }
    }
    return summary;
  } finally {
    await lock.release();
  }
}

/**
 * Writes, still under the lock, the state the store now has for the next run to plan from: the
 * state this run planned from, with the articles it touched read back from the store.
 */
async function keepState(
  writer: GraphWriter,
  file: string,
  {
    extractor,
    stored,
    touched,
    report,
  }: {
    extractor: string;
    stored: ReadonlyMap<string, StoredArticle>;
    touched: readonly string[];
    report: FileReport;
  },
): Promise<void> {
  const [run, now] = await Promise.all([
    writer.lastRun(),
    writer.readArticleStateOf(extractor, touched),
  ]);
  // A store no run has finished writing (nothing ingested yet) has no version to keep it for.
  if (run === null) return;
  const state = new Map(stored);
  for (const id of touched) {
    const article = now.get(id);
    if (article) state.set(id, article);
    else state.delete(id);
  }
  try {
    await writeStateCache(file, run, extractor, state);
  } catch (error) {
    // Only the next run's speed depends on it: say so, and let it read the state from the store.
    report.notes.push(`could not keep the article state in ${file} (${String(error)})`);
  }
}

async function writeChanges(
  writer: GraphWriter,
  options: IngestOptions,
  {
    files,
    plan,
    stored,
    interrupted,
    before,
    extractor,
    report,
    reader,
    lock,
    corrections,
    applied,
  }: {
    files: ReadonlyMap<string, HashedFile>;
    plan: IngestPlan;
    stored: ReadonlyMap<string, StoredArticle>;
    interrupted: boolean;
    before: GraphCounts;
    extractor: string;
    report: FileReport;
    reader: ExtractionCache;
    lock: IngestLock;
    corrections: CorrectionsFile;
    /** What the run before applied. */
    applied: CorrectionsState | null;
  },
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    articles: {
      added: 0,
      changed: 0,
      relinked: 0,
      removed: plan.remove.length,
      unchanged: 0,
      kept: plan.keep.length,
    },
    before,
    after: before,
    written: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 },
    files: report,
    corrections: {
      file: corrections.path,
      count: corrections.corrections.length,
      unresolved: applied?.unresolved ?? [],
    },
  };
  // Unchanged files alone say nothing changed, unless a run stopped half-way (then some of its
  // re-links may be missing, and the whole store is checked below) or the corrections changed.
  const correctionsChanged = corrections.hash !== (applied?.hash ?? correctionsHash([]));
  if (isNoop(plan) && !interrupted && !correctionsChanged) {
    summary.articles.unchanged = plan.reuse.length;
    return summary;
  }

  // Only the text of new and changed files is read (normally before the lock already). The rest
  // of the corpus is reached through the alias index: each batch is resolved against it, and
  // only the articles it re-links are read back from the store.
  await reader.extract(plan.extract);
  const fresh = plan.extract.filter((id) => reader.has(id));
  // A stored article whose file could not be read this time keeps what it said before.
  const unreadable = plan.extract.filter((id) => !reader.has(id) && stored.has(id));

  // Corrections apply to the graph whole (a merge names two entities anywhere, an unresolved
  // row is one nothing in the corpus matches): while there are any, and when they change, every
  // entity and article is checked, in one batch. So is everything after an interruption, when
  // the index itself may be half-written and is rebuilt from the stored articles first.
  const everything = interrupted || correctionsChanged || corrections.corrections.length > 0;
  const others = everything ? [...plan.reuse, ...plan.keep, ...plan.elsewhere, ...unreadable] : [];
  await writer.beginWrites();
  if (interrupted) await rebuildIndex(writer, others, options.batchSize);

  const ingestedAt = new Date().toISOString();
  /** The articles this run wrote: a later batch clears what they said before rewriting them. */
  const written = new Set<string>();
  // An article neither stored nor written yet has no facts in the store to clear.
  const toWrite = (row: ArticleRow, facts: ArticleFacts): ArticleWrite => ({
    row,
    mentions: facts.mentions,
    relations: facts.relations,
    isNew: !stored.has(row.id) && !written.has(row.id),
  });
  let total = plan.remove.length + fresh.length;
  let done = 0;
  const write = async (batch: WriteBatch, size: number) => {
    if (batch.remove.length + batch.replace.length > 0) {
      await lock.confirm();
      addCounters(summary.written, await writer.writeBatch(batch));
    }
    for (const w of batch.replace) written.add(w.row.id);
    done += size;
    options.onProgress?.({ stage: 'write', done, total });
  };
  for (const remove of chunks(plan.remove, options.batchSize)) {
    await write({ remove, replace: [] }, remove.length);
  }

  // A batch at a time, each as a run of its own over its articles would: they enter the index,
  // the entities they touch are resolved again, they are written, and the articles (stored, or
  // written by an earlier batch) whose entities now resolve elsewhere are re-linked.
  const freshSet = new Set(fresh);
  const relinked = new Set<string>();
  let corrector = correctArticles([], corrections.corrections);
  const batches = everything || fresh.length === 0 ? [fresh] : chunks(fresh, options.resolveBatch);
  let first = true;
  for (const ids of batches) {
    const extracted = await reader.read(ids);
    const resolution = await resolveChanges(writer.names, {
      changed: first ? [...ids, ...plan.remove] : ids,
      fresh: extracted.map((e) => e.extraction),
      everything,
    });
    first = false;
    corrector = correctArticles(resolution.upsert, corrections.corrections);
    addCounters(summary.written, await writer.writeEntities(corrector.entities, []));

    const rewrite = (id: string) => resolution.targets.get(id) ?? id;
    const freshFacts = corrector.facts(
      extracted.map((e) => ({ extraction: e.extraction, rewrite })),
    );
    const freshWrites = extracted.map((entry, i) => {
      const f = freshFacts[i] as ArticleFacts;
      if (stored.has(entry.meta.id)) summary.articles.changed++;
      else summary.articles.added++;
      const stat = files.get(entry.meta.id)?.stat ?? null;
      return toWrite(articleRow(entry, f, { extractor, ingestedAt, stat }), f);
    });
    for (const replace of chunks(freshWrites, options.batchSize)) {
      await write({ remove: [], replace }, replace.length);
    }

    // Re-linked articles a batch at a time: only their stored extractions are read.
    const relink = everything ? others : resolution.relink;
    total += relink.length;
    for (const part of chunks(relink, options.batchSize)) {
      const [extractions, listed] = await Promise.all([
        writer.readExtractions(part),
        writer.names.readListed(part),
      ]);
      const targets = new Map(
        listed.flatMap((e) => (e.kind === 'entity' ? [[e.key, e.target ?? e.key] as const] : [])),
      );
      const rewriteListed = (entity: string) => targets.get(entity) ?? entity;
      const facts = corrector.facts(
        [...extractions.values()].map(({ extraction }) => ({ extraction, rewrite: rewriteListed })),
      );
      const replace: ArticleWrite[] = [];
      for (const f of facts) {
        if (extractions.get(f.article)?.factsHash === f.hash) continue;
        replace.push(toWrite({ id: f.article, factsHash: f.hash, ingestedAt }, f));
        if (!freshSet.has(f.article)) relinked.add(f.article);
      }
      await write({ remove: [], replace }, part.length);
    }
    if (!everything) {
      addCounters(summary.written, await writer.writeEntities([], resolution.remove));
    }
  }
  summary.articles.relinked = relinked.size;
  summary.articles.unchanged = [...plan.reuse, ...unreadable].filter(
    (id) => !relinked.has(id),
  ).length;

  if (everything) await writer.keepOnlyEntities(corrector.entities.map((e) => e.id));
  const unresolved = corrector.unresolved();
  summary.corrections.unresolved = unresolved;
  await writer.saveCorrectionsState(
    corrections.corrections.length > 0 ? { hash: corrections.hash, unresolved } : null,
  );
  await writer.endWrites();
  summary.after = await writer.counts();
  return summary;
}

/** Empties the alias index and lists every stored article that is not being replaced anew. */
async function rebuildIndex(writer: GraphWriter, ids: readonly string[], batchSize: number) {
  await writer.names.clear();
  for (const part of chunks(ids, batchSize)) {
    const extractions = await writer.readExtractions(part);
    await writer.names.relist(
      [],
      [...extractions.values()].map(({ extraction: x }) => ({
        article: x.article,
        entries: articleEntries(x),
      })),
    );
  }
}

interface HashedFile extends PlannedFile {
  source: string;
  /** The file's stat when hashed (file-stat.ts), or null when too fresh to trust. */
  stat: string | null;
}

/**
 * Hashes every file whose stat is not the one the store kept with its article, keeping no text:
 * all a rerun needs to know what changed. Files that cannot be read, and second copies of an id
 * or of a content, are reported as skipped. Of several files with one content the first by path
 * is the article, whatever order they arrived in, so the graph does not depend on the history of
 * the folder; the ids of the others are returned.
 */
async function hashFiles(
  paths: readonly string[],
  stored: ReadonlyMap<string, StoredArticle>,
  maxBytes: number,
  report: FileReport,
) {
  const files = new Map<string, HashedFile>();
  const byHash = new Map<string, HashedFile>();
  const copies = new Set<string>();
  const now = Date.now();
  for (const [i, path] of paths.entries()) {
    // The reads are synchronous (loadArticleFile says why): let timers and sockets in now and then.
    if (i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    let file: HashedFile;
    try {
      // A file that cannot be stat'ed is read anyway, to be reported as every unreadable file is;
      // one over the limit, to be refused as always.
      const info = statOrNothing(path);
      const stat = info?.isFile() && info.size <= maxBytes ? fileStat(info, now) : null;
      const before = stored.get(articleId(path));
      if (stat !== null && before?.stat === stat) {
        file = { id: articleId(path), source: path, hash: before.hash, stat };
      } else {
        const { id, source, hash } = await loadArticleFile(path, maxBytes);
        file = { id, source, hash, stat };
      }
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      report.skipped.push(error.message);
      continue;
    }
    const sameId = files.get(file.id);
    const sameContent = byHash.get(file.hash);
    if (sameId) {
      report.skipped.push(
        `corpus: ${path}: same article id '${file.id}' as ${sameId.source}; skipped`,
      );
    } else if (sameContent) {
      copies.add(file.id);
      report.skipped.push(
        `corpus: ${path}: same content as ${sameContent.source}; ingested once, as '${sameContent.id}'`,
      );
    } else {
      files.set(file.id, file);
      byHash.set(file.hash, file);
    }
  }
  return { files, copies };
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Files hashed between two turns of the event loop: a few milliseconds' work. */
const YIELD_EVERY = 200;

function articleRow(
  { meta, hash, extraction }: ExtractedArticle,
  facts: ArticleFacts,
  { extractor, ingestedAt, stat }: { extractor: string; ingestedAt: string; stat: string | null },
): ArticleRow {
  return {
    id: meta.id,
    title: meta.title,
    outlet: meta.outlet ?? null,
    published: meta.published ?? null,
    language: meta.language,
    source: meta.source ?? null,
    hash,
    stat,
    factsHash: facts.hash,
    extractor,
    extraction: JSON.stringify(extraction),
    ingestedAt,
  };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
