import { createHash } from 'node:crypto';
import { relative, isAbsolute } from 'node:path';
import type { StoredArticle } from '../src/store/write.js';

/** A corpus file as the planner sees it: its id and the hash of its bytes. */
export interface PlannedFile {
  id: string;
  hash: string;
}

export interface IngestPlan {
  /** New files, changed files, and files the current extractor has not read yet. */
  extract: string[];
  /** Unchanged files: their stored extraction takes part in the merge. */
  reuse: string[];
  /** In the store, not read this run, not pruned: stays, and still takes part in the merge. */
  keep: string[];
  /** In the store and another shard's: takes part in the merge, and is that shard's business. */
  elsewhere: string[];
  /**
   * In the store, from a file under this run's paths that is gone, and --prune given; or now a
   * copy of another file's content, which carries what it said.
   */
  remove: string[];
}

export interface PlanScope {
  /** The files and folders this run reads: only articles from under them can be pruned. */
  paths: readonly string[];
  prune: boolean;
  /**
   * Ids of every file listed this run, readable or not: a file that exists but cannot be read
   * now is not gone, and what it contributed before must not be pruned.
   */
  listed: ReadonlySet<string>;
  /** Ids of files skipped as copies of another file's content: stored, they are folded into it. */
  copies: ReadonlySet<string>;
  /** With --shard: this run reads, and may prune, only the articles of its shard. */
  shard?: Shard | undefined;
}

/** `--shard i/n`: the i-th of n runs that share one corpus, 0 ≤ i < n. */
export interface Shard {
  index: number;
  count: number;
}

/** The shard an article belongs to: a stable hash of its id, the same on every machine. */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count;
}

export const inShard = (id: string, shard: Shard | undefined): boolean =>
  shard === undefined || shardOf(id, shard.count) === shard.index;

/** Decides, from hashes alone, what must be read again and what the store already has. */
export function planIngest(
  files: readonly PlannedFile[],
  stored: ReadonlyMap<string, StoredArticle>,
  scope: PlanScope,
): IngestPlan {
  const plan: IngestPlan = { extract: [], reuse: [], keep: [], elsewhere: [], remove: [] };
  const read = new Set(files.map((f) => f.id));
  for (const file of files) {
    const before = stored.get(file.id);
    const unchanged = before?.hash === file.hash && before.current;
    (unchanged ? plan.reuse : plan.extract).push(file.id);
  }
  for (const [id, article] of stored) {
    if (read.has(id)) continue;
    if (!inShard(id, scope.shard)) {
      plan.elsewhere.push(id);
      continue;
    }
    const gone =
      scope.copies.has(id) ||
      (scope.prune &&
        !scope.listed.has(id) &&
        article.source !== null &&
        isUnder(article.source, scope.paths));
    (gone ? plan.remove : plan.keep).push(id);
  }
  return plan;
}

/**
 * Ingesting one folder must never prune what came from another: a file counts as gone only if
 * it was read from one of this run's paths and was not listed now.
 */
function isUnder(source: string, paths: readonly string[]): boolean {
  return paths.some((path) => {
    const rel = relative(path, source);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}

/** True when a run would write nothing at all. */
export function isNoop(plan: IngestPlan): boolean {
  return plan.extract.length === 0 && plan.remove.length === 0;
}
