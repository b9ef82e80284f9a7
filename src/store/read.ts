import type {
  ArticleDetail,
  ArticleList,
  EntityDetail,
  SearchHit,
  Stats,
} from '../model/read-models.js';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/types.js';
import * as Q from './cypher/read.js';
import type { Gateway } from './gateway.js';
import { createEvidenceReads, type EvidenceReads } from './read-evidence.js';
import { createGraphViews, type GraphViews } from './read-graph.js';
import * as R from './read-rows.js';

/** The read side of the store: everything the API asks of Neo4j. Routes see only this. */
export interface GraphReader extends GraphViews, EvidenceReads {
  entity(id: string, relationLimit: number): Promise<EntityDetail | null>;
  search(text: string, limit: number, types?: readonly EntityType[]): Promise<SearchHit[]>;
  articles(query: { q: string | null; offset: number; limit: number }): Promise<ArticleList>;
  /** One article and the sentences of its evidence (at most `sentenceLimit`), or null. */
  article(id: string, sentenceLimit: number): Promise<ArticleDetail | null>;
  /** The file an article was read from and its hash then, or null for no such article. */
  articleFile(id: string): Promise<{ source: string | null; hash: string | null } | null>;
  stats(): Promise<Stats>;
}

/**
 * A GraphReader over the gateway (sessions, retries and "Neo4j is not usable" errors are its):
 * each method runs parameterised queries from cypher/read.ts and decodes their rows (read-rows.ts).
 * The graph views (a ranked page, neighbours, a path) are read-graph.ts, the evidence under a
 * view's filters read-evidence.ts; lookups are here.
 */
export function createGraphReader(gateway: Gateway): GraphReader {
  const rows = gateway.rows;

  const search = async (
    text: string,
    limit: number,
    types: readonly EntityType[] = ENTITY_TYPES,
  ): Promise<SearchHit[]> => {
    const query = Q.luceneQuery(text);
    if (query === null) return [];
    const params = { limit: R.int(limit), types };
    // A failed query spoils its transaction, so the fallback runs in a new one.
    const found = await rows<R.SearchRow>(Q.SEARCH_FULLTEXT, { ...params, query }).catch(
      (error: unknown) => {
        if (!isMissingIndex(error)) throw error;
        const needle = text.trim().toLowerCase();
        return rows<R.SearchRow>(Q.SEARCH_SCAN, { ...params, needle });
      },
    );
    return found.map((row) => R.hitOf(row, text));
  };

  return {
    search,

    ...createGraphViews(gateway, search),
    ...createEvidenceReads(gateway),

    entity(id, relationLimit) {
      return gateway.read(async (tx) => {
        const relations = RELATION_TYPES;
        const [head] = await tx.rows<R.EntityHeadRow>(Q.ENTITY, { id, relations });
        if (!head) return null;
        const limit = R.int(relationLimit);
        const found = await tx.rows<R.RelationRow>(Q.ENTITY_RELATIONS, { id, relations, limit });
        const { role, ...entity } = head.entity;
        return {
          ...entity,
          ...(role ? { role } : {}),
          articles: head.articles
            .map((a) => ({ ...R.articleRef(a), mentions: a.mentions ?? 0 }))
            .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
          relations: found.map(R.relationOf),
          relationsTotal: head.relationsTotal,
        };
      });
    },

    article(id, sentenceLimit) {
      return gateway.read(async (tx) => {
        const [head] = await tx.rows<R.ArticleCountsRow>(Q.ARTICLE, { id });
        if (!head) return null;
        const sentences = await tx.rows<ArticleDetail['sentences'][number]>(Q.ARTICLE_SENTENCES, {
          id,
          limit: R.int(sentenceLimit),
        });
        const source = head.article.source;
        return {
          ...R.articleSummary(head),
          ...(typeof source === 'string' ? { source } : {}),
          sentences,
        };
      });
    },

    async articleFile(id) {
      const [row] = await rows<{ source: string | null; hash: string | null }>(Q.ARTICLE_FILE, {
        id,
      });
      return row ?? null;
    },

    articles({ q, offset, limit }) {
      return gateway.read(async (tx) => {
        const needle = q === null ? null : q.toLowerCase();
        const [count] = await tx.rows<{ total: number }>(Q.ARTICLE_COUNT, { q: needle });
        const page = await tx.rows<R.ArticleCountsRow>(Q.ARTICLE_PAGE, {
          q: needle,
          offset: R.int(offset),
          limit: R.int(limit),
        });
        return {
          total: count?.total ?? 0,
          articles: page.map(R.articleSummary),
        };
      });
    },

    stats() {
      type Count<K> = { type: K; count: number };
      type Articles = { articles: number; from: string | null; to: string | null };
      return gateway.read(async (tx) => {
        const [articles] = await tx.rows<Articles>(Q.STATS_ARTICLES);
        const entityTypes = zeroes(ENTITY_TYPES);
        for (const r of await tx.rows<Count<EntityType>>(Q.STATS_ENTITY_TYPES)) {
          if (r.type in entityTypes) entityTypes[r.type] = r.count;
        }
        const relationTypes = zeroes(RELATION_TYPES);
        for (const r of await tx.rows<Count<RelationType>>(Q.STATS_RELATION_TYPES)) {
          relationTypes[r.type] = r.count;
        }
        const sum = (counts: Record<string, number>) =>
          Object.values(counts).reduce((a, b) => a + b, 0);
        return {
          articles: articles?.articles ?? 0,
          entities: sum(entityTypes),
          relations: sum(relationTypes),
          entityTypes,
          relationTypes,
          published: { from: articles?.from ?? null, to: articles?.to ?? null },
        };
      });
    },
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function isMissingIndex(error: unknown): boolean {
  return (
    error instanceof Error &&
    /no such fulltext schema index|no such index|entity_names/i.test(error.message)
  );
}
