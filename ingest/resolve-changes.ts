import {
  articleEntries,
  dependents,
  resolutionQuestions,
  resolvedEntity,
  resolveEntity,
  type IndexEntry,
} from '../src/graph/index.js';
import type { ArticleExtraction } from '../src/model/types.js';
import type { EntityProps } from '../src/store/write-rows.js';
import { lookupKey, type NameIndex } from '../src/store/write-names.js';

/** What a batch of changed articles does to the rest of the corpus. */
export interface Resolution {
  /** What each entity of the changed articles, and of the articles to re-link, resolves to. */
  targets: ReadonlyMap<string, string>;
  /** Articles outside the batch whose entities now resolve differently. */
  relink: string[];
  /** Entities whose properties may have changed, as they are now: written before the articles. */
  upsert: EntityProps[];
  /** Entities nothing resolves to any more: deleted after the articles. */
  remove: string[];
}

/**
 * Resolves a batch against the stored corpus through the alias index: `changed` articles (new,
 * edited or removed) leave the index and `fresh` extractions enter it; then only the entities
 * whose names the batch touches are resolved again, and only the articles that have an entity
 * now resolving elsewhere are re-linked. With `everything` (the repair after an interrupted run,
 * the index rebuilt beforehand) every entity is resolved again and every article re-linked.
 */
export async function resolveChanges(
  names: NameIndex,
  {
    changed,
    fresh,
    everything,
  }: { changed: readonly string[]; fresh: readonly ArticleExtraction[]; everything: boolean },
): Promise<Resolution> {
  const before = await names.readListed(changed);
  const entering = fresh.map((x) => ({ article: x.article, entries: articleEntries(x) }));
  await names.relist(changed, entering);

  const affected = new Set<string>();
  // Resolved ids before (an entity that leaves leaves its resolved entity to recompute) and after.
  const touched = new Set<string>();
  for (const e of before) {
    if (e.kind !== 'entity') continue;
    affected.add(e.key);
    touched.add(e.target ?? e.key);
  }
  for (const x of fresh) for (const e of x.entities) affected.add(e.id);
  const moved: IndexEntry[] = [...before, ...entering.flatMap((a) => a.entries)];
  for (const ids of (await names.lookup(dependents(moved))).values()) {
    for (const id of ids) affected.add(id);
  }
  const all = everything ? await names.allTargets() : undefined;
  for (const id of all?.keys() ?? []) affected.add(id);

  const current = all ?? (await names.targets([...affected]));
  const present = [...affected].filter((id) => current.has(id));
  const nameLists = await names.lookup(present.map((id) => ({ kind: 'name' as const, key: id })));
  const namesOf = (id: string) => nameLists.get(lookupKey('name', id)) ?? [];
  const known = await names.lookup(present.flatMap((id) => resolutionQuestions(id, namesOf(id))));
  const lookup = {
    longerNames: (key: string) => known.get(lookupKey('part', key)) ?? [],
    spelledOutBy: (acronym: string) => known.get(lookupKey('acronym', acronym)) ?? [],
  };
  const targets = new Map(present.map((id) => [id, resolveEntity(id, namesOf(id), lookup)]));
  const retargeted = new Map([...targets].filter(([id, target]) => current.get(id) !== target));
  await names.setTargets(retargeted);
  for (const id of retargeted.keys()) touched.add(current.get(id) as string);
  for (const target of targets.values()) touched.add(target);

  const inBatch = new Set(changed);
  const relink = everything
    ? undefined
    : (await names.articlesOf([...retargeted.keys()])).filter((id) => !inBatch.has(id));
  const evidence = await names.evidence([...touched]);
  return {
    targets,
    relink: relink ?? [],
    upsert: [...evidence].map(([id, e]) => resolvedEntity(id, e)),
    remove: [...touched].filter((id) => !evidence.has(id)),
  };
}
