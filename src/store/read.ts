import type { FilterValues } from '../model/filters.js';
import type {
  ArticleDetail,
  ArticleList,
  EdgeEvidence,
  EntityDetail,
  EvidenceRow,
  SearchHit,
  Stats,
  Timeline,
} from '../model/read-models.js';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/types.js';
import * as Q from './cypher/read.js';
import type { Gateway } from './gateway.js';
import { createGraphViews, type GraphViews } from './read-graph.js';
import * as R from './read-rows.js';

/** The read side of the store: everything the API asks of Neo4j. Routes see only this. */
export interface GraphReader extends GraphViews {
  entity(id: string, relationLimit: number): Promise<EntityDetail | null>;
  /** The evidence between two entities, or null when either does not exist. */
  evidence(
    source: string,
    target: string,
    filters: FilterValues,
    limit: number,
  ): Promise<EdgeEvidence | null>;
  search(text: string, limit: number, types?: readonly EntityType[]): Promise<SearchHit[]>;
  articles(query: { q: string | null; offset: number; limit: number }): Promise<ArticleList>;
  /** One article and the sentences of its evidence (at most `sentenceLimit`), or null. */
  article(id: string, sentenceLimit: number): Promise<ArticleDetail | null>;
  stats(): Promise<Stats>;
  /** Every piece of evidence under the filters, by article and position, at most `limit`. */
  evidenceRows(filters: FilterValues, limit: number): Promise<EvidenceRow[]>;
  /** Evidence by published day under the filters, their date range and `undated` left aside. */
  timeline(filters: FilterValues): Promise<Timeline>;
}

/**
 * A GraphReader over the gateway (sessions, retries and "Neo4j is not usable" errors are its):
 * each method runs parameterised queries from cypher/read.ts and decodes their rows (read-rows.ts).
 * The graph views (a ranked page, neighbours, a path) are read-graph.ts; lookups are here.
 */
export function createGraphReader(gateway: Gateway): GraphReader {
  const rows = <T>(cypher: string, params: Record<string, unknown> = {}) =>
    gateway.read((tx) => tx.rows<T>(cypher, params));

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

    evidence(source, target, filters, limit) {
      return gateway.read(async (tx) => {
        const ends = await tx.rows<R.NodeRow>(Q.graphNodes(filters, { degree: false }), {
          ids: [source, target],
        });
        const refOf = (id: string) => {
          const end = ends.find((n) => n.id === id);
          return end && { id: end.id, name: end.name, type: end.type };
        };
        const [from, to] = [refOf(source), refOf(target)];
        if (!from || !to) return null;
        const found = await tx.rows<R.RelationRow>(Q.evidenceBetween(filters), {
          ...Q.filterParams(filters),
          source,
          target,
          limit: R.int(limit + 1),
        });
        const evidence: EdgeEvidence = {
          source: from,
          target: to,
          relations: found.slice(0, limit).map(R.relationOf),
          truncated: found.length > limit,
        };
        if (filters.comention !== 'off') {
          type Row = { article: R.ArticleRow; sentences: number };
          const shared = await tx.rows<Row>(Q.coMentionsBetween(filters), {
            ...Q.filterParams(filters),
            source,
            target,
            limit: R.int(limit),
          });
          evidence.coMentions = shared.map((row) => ({
            article: R.articleRef(row.article),
            sentences: row.sentences,
          }));
        }
        return evidence;
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

    async evidenceRows(filters, limit) {
      type Row = Omit<R.RelationRow, 'outgoing' | 'other'> & {
        source: EvidenceRow['source'];
        target: EvidenceRow['target'];
      };
      const found = await rows<Row>(Q.evidenceRows(filters), {
        ...Q.filterParams(filters),
        limit: R.int(limit),
      });
      return found.map(({ source, target, ...row }) => {
        const {
          other: _other,
          direction: _direction,
          ...relation
        } = R.relationOf({
          ...row,
          outgoing: true,
          other: target,
        });
        return { source, target, relation };
      });
    },

    async timeline(filters) {
      const undimmed: FilterValues = { ...filters, from: null, to: null, undated: true };
      type Row = { day: string | null; evidence: number; articles: number };
      const found = await rows<Row>(Q.timeline(undimmed), Q.filterParams(undimmed));
      const undated = found.find((r) => r.day === null);
      return {
        days: found.flatMap((r) =>
          r.day === null ? [] : [{ date: r.day, evidence: r.evidence, articles: r.articles }],
        ),
        undated: { evidence: undated?.evidence ?? 0, articles: undated?.articles ?? 0 },
      };
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
