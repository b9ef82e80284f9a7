import { commonest } from '../extract/entities.js';
import type { ArticleExtraction, CorpusGraph, Entity, Mention, Relation } from '../model/types.js';
import { mentionKey, orderedEnds, relationKey } from '../model/keys.js';
import {
  indexEntries,
  resolvedEntity,
  resolveEntity,
  type EntityEvidence,
  type IndexKind,
} from './resolve.js';

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Mentions with their entity ids rewritten, those of one entity in one article made one. */
export function mergeMentions(
  mentions: readonly Mention[],
  rewrite: (id: string) => string,
): Mention[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = mentionKey({ entity: rewrite(m.entity), article: m.article });
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()]
    .map((list) => {
      const first = list[0] as Mention;
      const merged: Mention = {
        entity: rewrite(first.entity),
        article: first.article,
        count: list.reduce((n, m) => n + m.count, 0),
        aliases: union(list.map((m) => m.aliases)),
      };
      const role = commonest(list.flatMap((m) => (m.role ? [m.role] : [])));
      if (role) merged.role = role;
      if (list.some((m) => m.sentences)) {
        merged.sentences = [...new Set(list.flatMap((m) => m.sentences ?? []))].sort(
          (a, b) => a - b,
        );
      }
      return merged;
    })
    .sort((a, b) => compare(a.entity, b.entity) || compare(a.article, b.article));
}

/** Relations with their ends rewritten; one whose ends became one entity goes. */
export function mergeRelations(
  relations: readonly Relation[],
  rewrite: (id: string) => string,
): Relation[] {
  const out = new Map<string, Relation>();
  for (const r of relations) {
    const [source, target] = orderedEnds(r.type, rewrite(r.source), rewrite(r.target));
    if (source === target) continue;
    const merged = { ...r, source, target };
    const key = relationKey(merged);
    const seen = out.get(key);
    // Two extractions of one sentence agreeing: keep one by a rule blind to input order.
    if (!seen || JSON.stringify(merged) < JSON.stringify(seen)) out.set(key, merged);
  }
  return [...out.keys()].sort(compare).map((k) => out.get(k) as Relation);
}

/**
 * What one article contributes to the corpus graph once its entities are resolved (`rewrite`
 * maps each of its entity ids to the corpus-level id): it depends on nothing else, so a rerun
 * recomputes it for the articles whose resolutions changed and no others.
 */
export function resolveArticle(
  x: Pick<ArticleExtraction, 'mentions' | 'relations'>,
  rewrite: (id: string) => string,
): Pick<CorpusGraph, 'mentions' | 'relations'> {
  return {
    mentions: mergeMentions(x.mentions, rewrite),
    relations: mergeRelations(x.relations, rewrite),
  };
}

/**
 * The corpus-level merge in memory: the alias index of every article, each entity resolved
 * against it, one node per resolved entity, relation ends and mentions rewritten to it. The same
 * steps ingest takes against the index in Neo4j. A pure function of the set of extractions: the
 * output is sorted and every choice is made on sorted values, so input order never shows.
 */
export function mergeExtractions(list: readonly ArticleExtraction[]): CorpusGraph {
  const index = new Map<string, Map<string, Map<string, number>>>();
  const at = (kind: IndexKind, key: string) => {
    const byKind = index.get(kind) ?? new Map<string, Map<string, number>>();
    index.set(kind, byKind);
    const values = byKind.get(key) ?? new Map<string, number>();
    byKind.set(key, values);
    return values;
  };
  const entities = list.flatMap((x) => x.entities);
  for (const e of entities) {
    for (const { kind, key, value } of indexEntries(e)) {
      const values = at(kind, key);
      values.set(value, (values.get(value) ?? 0) + 1);
    }
  }
  const values = (kind: IndexKind, key: string) => [...(index.get(kind)?.get(key)?.keys() ?? [])];
  const lookup = {
    longerNames: (key: string) => values('part', key),
    spelledOutBy: (acronym: string) => values('acronym', acronym),
  };
  const rewrites = new Map<string, string>();
  for (const id of index.get('entity')?.keys() ?? []) {
    rewrites.set(id, resolveEntity(id, values('name', id), lookup));
  }
  const rewrite = (id: string) => rewrites.get(id) ?? id;

  const joined = new Map<string, { evidence: EntityEvidence; articles: string[][] }>();
  for (const e of entities) {
    const id = rewrite(e.id);
    const group = joined.get(id) ?? {
      evidence: { type: e.type, names: [], aliases: [], roles: [] },
      articles: [],
    };
    joined.set(id, group);
    (group.evidence.names as string[]).push(e.name);
    (group.evidence.aliases as string[]).push(...e.aliases);
    if (e.role) (group.evidence.roles as [string, number][]).push([e.role, 1]);
    group.articles.push(e.articles);
  }
  const merged: Entity[] = [...joined]
    .map(([id, { evidence, articles }]) => ({
      ...resolvedEntity(id, evidence),
      articles: union(articles),
    }))
    .sort((a, b) => compare(a.id, b.id));
  const resolved = list.map((x) => resolveArticle(x, rewrite));
  return {
    entities: merged.map(({ id, name, type, aliases, articles, role }) =>
      role === undefined
        ? { id, name, type, aliases, articles }
        : { id, name, type, aliases, articles, role },
    ),
    relations: resolved
      .flatMap((x) => x.relations)
      .map((r) => [relationKey(r), r] as const)
      .sort((a, b) => compare(a[0], b[0]))
      .map(([, r]) => r),
    mentions: resolved
      .flatMap((x) => x.mentions)
      .sort((a, b) => compare(a.entity, b.entity) || compare(a.article, b.article)),
  };
}
