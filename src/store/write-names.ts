import {
  indexEntryId,
  type EntityEvidence,
  type IndexEntry,
  type IndexKind,
} from '../graph/index.js';
import { entityIdType } from '../model/keys.js';
import * as Q from './cypher/names.js';
import type { Gateway } from './gateway.js';

/** An entry some article lists, and for an entity what it resolves to now. */
export interface ListedEntry extends IndexEntry {
  target: string | null;
}

/** The entries one article's entities put in the index. */
export interface ArticleEntries {
  article: string;
  entries: readonly IndexEntry[];
}

/**
 * The alias index in Neo4j (src/store/cypher/names.ts): what ingest asks to resolve a batch of
 * articles against the stored corpus. Every read takes keys and returns only what they touch.
 */
export interface NameIndex {
  /** The `entity`, `part` and `acronym` entries some articles list. */
  readListed(articles: readonly string[]): Promise<ListedEntry[]>;
  /** Takes `unlist` out of the index, then puts `list` in. */
  relist(unlist: readonly string[], list: readonly ArticleEntries[]): Promise<void>;
  /** The values under each {kind, key}, keyed by `lookupKey`. */
  lookup(keys: readonly Pick<IndexEntry, 'kind' | 'key'>[]): Promise<Map<string, string[]>>;
  /** What each of these entities resolves to; an entity no article has is left out. */
  targets(entities: readonly string[]): Promise<Map<string, string>>;
  setTargets(targets: ReadonlyMap<string, string>): Promise<void>;
  /** The articles that have any of these entities. */
  articlesOf(entities: readonly string[]): Promise<string[]>;
  /** What the corpus says of each of these resolved ids; one nothing resolves to is left out. */
  evidence(targets: readonly string[]): Promise<Map<string, EntityEvidence>>;
  /** Every entity and what it resolves to: for the whole-store repair only. */
  allTargets(): Promise<Map<string, string>>;
  /** Empties the index: the repair rebuilds it. */
  clear(): Promise<void>;
}

export const lookupKey = (kind: IndexKind, key: string) => `${kind}\u0000${key}`;
const entityEntryId = (entity: string) => indexEntryId({ kind: 'entity', key: entity, value: '' });

/** Rows per statement: a batch of 10 articles is one; a first ingest of 100k is many. */
const CHUNK = 5000;

function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export function createNameIndex(store: Gateway): NameIndex {
  const read = async <T>(query: string, name: string, items: readonly unknown[]) => {
    const rows: T[] = [];
    for (const part of chunks(items)) {
      rows.push(...(await store.read((tx) => tx.rows<T>(query, { [name]: part }))));
    }
    return rows;
  };
  const lookup: NameIndex['lookup'] = async (keys) => {
    const rows = await read<{ kind: IndexKind; key: string; values: string[] }>(
      Q.LOOKUP,
      'keys',
      dedupe(keys.map((k) => ({ kind: k.kind, key: k.key }))),
    );
    return new Map(rows.map((r) => [lookupKey(r.kind, r.key), r.values]));
  };

  return {
    readListed: (articles) => read<ListedEntry>(Q.READ_LISTED, 'ids', articles),

    async relist(unlist, list) {
      for (const ids of chunks(unlist)) {
        await store.write(async (tx) => {
          const entries = await tx.rows<{ id: string }>(Q.UNLIST, { ids });
          await tx.rows(Q.DELETE_UNLISTED, { ids: entries.map((e) => e.id) });
        });
      }
      // Articles in batches small enough that their entries stay within a chunk or so. Each
      // distinct entry is made once, then listed by id: merging it once per article that lists
      // it cost three to five times as much.
      for (const articles of chunks(list, 200)) {
        const entries = new Map(
          articles.flatMap((a) => a.entries.map((e) => [indexEntryId(e), e] as const)),
        );
        await store.write(async (tx) => {
          await tx.rows(Q.ADD_ENTRIES, {
            entries: [...entries].map(([id, e]) => ({
              id,
              kind: e.kind,
              key: e.key,
              value: e.value,
            })),
          });
          await tx.rows(Q.LIST, {
            articles: articles.map(({ article, entries: listed }) => ({
              article,
              entries: listed.map(indexEntryId),
            })),
          });
        });
      }
    },

    lookup,

    async targets(entities) {
      const rows = await read<{ entity: string; target: string }>(
        Q.READ_TARGETS,
        'ids',
        entities.map(entityEntryId),
      );
      return new Map(rows.map((r) => [r.entity, r.target]));
    },

    async setTargets(targets) {
      const rows = [...targets].map(([entity, target]) => ({ id: entityEntryId(entity), target }));
      for (const part of chunks(rows)) {
        await store.write((tx) => tx.rows(Q.SET_TARGETS, { rows: part }));
      }
    },

    async articlesOf(entities) {
      const rows = await read<{ id: string }>(
        Q.LISTING_ARTICLES,
        'ids',
        entities.map(entityEntryId),
      );
      return [...new Set(rows.map((r) => r.id))];
    },

    async evidence(targets) {
      const sources = await read<{ target: string; sources: string[] }>(
        Q.SOURCES,
        'targets',
        targets,
      );
      const ids = sources.flatMap((s) => s.sources);
      const [values, roles] = await Promise.all([
        lookup(
          ids.flatMap((id) => [
            { kind: 'name', key: id } as const,
            { kind: 'alias', key: id } as const,
          ]),
        ),
        read<{ entity: string; role: string; count: number }>(Q.ROLE_COUNTS, 'ids', ids),
      ]);
      const rolesOf = new Map<string, [string, number][]>();
      for (const r of roles) {
        rolesOf.set(r.entity, [...(rolesOf.get(r.entity) ?? []), [r.role, r.count]]);
      }
      const evidence = new Map<string, EntityEvidence>();
      for (const { target, sources: from } of sources) {
        const type = entityIdType(target);
        if (!type || from.length === 0) continue;
        evidence.set(target, {
          type,
          names: from.flatMap((id) => values.get(lookupKey('name', id)) ?? []),
          aliases: from.flatMap((id) => values.get(lookupKey('alias', id)) ?? []),
          roles: from.flatMap((id) => rolesOf.get(id) ?? []),
        });
      }
      return evidence;
    },

    async allTargets() {
      const rows = await store.read((tx) =>
        tx.rows<{ entity: string; target: string }>(Q.READ_ALL_TARGETS),
      );
      return new Map(rows.map((r) => [r.entity, r.target]));
    },

    async clear() {
      for (;;) {
        const [row] = await store.write((tx) => tx.rows<{ deleted: number }>(Q.DELETE_INDEX_PART));
        if (!row || row.deleted === 0) break;
      }
    },
  };
}

function dedupe<T>(items: readonly T[]): T[] {
  const seen = new Map(items.map((item) => [JSON.stringify(item), item]));
  return [...seen.values()];
}
