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
  /** In the store, file gone, not pruned: stays, and still takes part in the merge. */
  keep: string[];
  /** In the store, file gone, and --prune given. */
  remove: string[];
}

/** Decides, from hashes alone, what must be read again and what the store already has. */
export function planIngest(
  files: readonly PlannedFile[],
  stored: ReadonlyMap<string, StoredArticle>,
  extractor: string,
  prune: boolean,
): IngestPlan {
  const plan: IngestPlan = { extract: [], reuse: [], keep: [], remove: [] };
  const present = new Set<string>();
  for (const file of files) {
    present.add(file.id);
    const before = stored.get(file.id);
    const unchanged = before?.hash === file.hash && before.extractor === extractor;
    (unchanged ? plan.reuse : plan.extract).push(file.id);
  }
  for (const id of stored.keys()) {
    if (!present.has(id)) (prune ? plan.remove : plan.keep).push(id);
  }
  return plan;
}

/** True when a run would write nothing at all. */
export function isNoop(plan: IngestPlan): boolean {
  return plan.extract.length === 0 && plan.remove.length === 0;
}
