import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../model/types.js';
import type { FilterValues } from '../model/filters.js';
import type {
  ArticleList,
  ArticleRef,
  EntityDetail,
  EntityRelation,
  GraphEdge,
  GraphNode,
  GraphPage,
  PathResult,
  SearchHit,
  Stats,
} from '../model/read-models.js';
import * as Q from './cypher/read.js';
import { describeStoreFailure, StoreError } from './errors.js';

/** Which page of a ranked view, and how many edges it may carry. */
export interface PageRequest {
  offset: number;
  limit: number;
  maxEdges: number;
}

/** The read side of the store: everything the API asks of Neo4j. Routes see only this. */
export interface GraphReader {
  graph(filters: FilterValues, page: PageRequest): Promise<GraphPage>;
  neighbours(id: string, filters: FilterValues, limit: number): Promise<GraphPage | null>;
  path(source: string, target: string, filters: FilterValues): Promise<PathResult | null>;
  entity(id: string, relationLimit: number): Promise<EntityDetail | null>;
  search(text: string, limit: number, types?: readonly EntityType[]): Promise<SearchHit[]>;
  articles(query: { q: string | null; offset: number; limit: number }): Promise<ArticleList>;
  stats(): Promise<Stats>;
}

export interface ReaderOptions {
  database: string;
  /** Named in "cannot reach" messages; never the password. */
  uri: string;
  user: string;
}

/** What a query needs of a transaction: explicit and managed ones both fit. */
type Runner = Pick<ManagedTransaction, 'run'>;

const READ_ATTEMPTS = 3;

/** How many search hits seed a graph view filtered by a term. */
const SEARCH_SEEDS = 25;

/** A GraphReader over Neo4j: read-only sessions, parameterised queries from cypher/read.ts. */
export function createGraphReader(driver: Driver, options: ReaderOptions): GraphReader {
  // Read-only sessions with explicit transactions and a short retry of our own: executeRead
  // would retry an unreachable server for half a minute and more, and the page would wait that
  // long for its 503. Transient errors (a leader change, a deadlock) still get two more tries.
  const read = async <T>(work: (tx: Runner) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const session = driver.session({
        database: options.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const tx = await session.beginTransaction();
        try {
          const result = await work(tx);
          await tx.commit();
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      } catch (error) {
        const unavailable = describeStoreFailure(error, options);
        if (unavailable) throw unavailable;
        if (attempt >= READ_ATTEMPTS || !isTransient(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      } finally {
        await session.close();
      }
    }
  };

  const seedsFor = async (filters: FilterValues) =>
    filters.q === null
      ? null
      : (await search(filters.q, SEARCH_SEEDS, filters.types)).map((hit) => hit.id);

  const search = async (
    text: string,
    limit: number,
    types: readonly EntityType[] = ENTITY_TYPES,
  ): Promise<SearchHit[]> => {
    const query = Q.luceneQuery(text);
    if (query === null) return [];
    const run = (cypher: string, params: Record<string, unknown>) =>
      read(
        async (tx) => (await tx.run(cypher, { ...params, limit: neo4j.int(limit), types })).records,
      );
    // A failed query spoils its transaction, so the fallback runs in a new one.
    const rows = await run(Q.SEARCH_FULLTEXT, { query }).catch((error: unknown) => {
      if (!isMissingIndex(error)) throw error;
      return run(Q.SEARCH_SCAN, { needle: text.trim().toLowerCase() });
    });
    return rows.map((r) => {
      const name = r.get('name') as string;
      const aliases = r.get('aliases') as string[];
      return {
        id: r.get('id') as string,
        name,
        type: r.get('type') as EntityType,
        matched: bestMatch(text, [name, ...aliases]),
        score: r.get('score') as number,
      };
    });
  };

  /**
   * The page's nodes and its edges, read side by side in two transactions: Neo4j reads at
   * read-committed isolation, so one transaction would not make the two agree any better, and the
   * page drops an edge whose end it does not have. The edges are the slow half at scale.
   */
  const subgraph = async (
    filters: FilterValues,
    pageIds: readonly string[],
    /** Entities of the pages before this one, which the page's edges may reach. */
    earlier: readonly string[],
    maxEdges: number,
    /** The page's degrees when the ranking already counted them. */
    degrees?: ReadonlyMap<string, number>,
  ) => {
    const params = Q.filterParams(filters);
    const nodeQuery = Q.graphNodes(filters, { degree: degrees === undefined });
    const edgeQuery = Q.graphEdges(filters, { earlier: earlier.length > 0 });
    const [nodeRows, edgeRows] = await Promise.all([
      read((tx) => tx.run(nodeQuery, { ...params, ids: pageIds })),
      read((tx) =>
        tx.run(edgeQuery, {
          ...params,
          pageIds,
          earlier,
          known: [...earlier, ...pageIds],
          maxEdges: neo4j.int(maxEdges + 1),
        }),
      ),
    ]);
    const nodes = nodeRows.records.map((r): GraphNode => {
      const id = r.get('id') as string;
      const node: GraphNode = {
        id,
        name: r.get('name'),
        type: r.get('type'),
        aliases: r.get('aliases'),
        degree: degrees?.get(id) ?? r.get('degree'),
        articles: r.get('articles'),
      };
      const role = r.get('role') as string | null;
      if (role) node.role = role;
      return node;
    });
    const edges = edgeRows.records.map((r): GraphEdge => ({
      id: edgeId(r.get('type'), r.get('source'), r.get('target')),
      source: r.get('source'),
      target: r.get('target'),
      type: r.get('type'),
      count: r.get('count'),
      confidence: r.get('confidence'),
      articles: r.get('articles'),
    }));
    const edgesTruncated = edges.length > maxEdges;
    return { nodes, edges: edges.slice(0, maxEdges), edgesTruncated };
  };

  return {
    search,

    async graph(filters, request) {
      const seeds = await seedsFor(filters);
      const rank = Q.graphRank(filters, { seeds: seeds !== null });
      const params = {
        ...Q.filterParams(filters),
        seeds,
        offset: neo4j.int(request.offset),
        limit: neo4j.int(request.limit),
      };
      const ranked = await read(async (tx) => (await tx.run(rank, params)).records[0]);
      const total = (ranked?.get('total') as number | undefined) ?? 0;
      const rows = (ranked?.get('page') as { id: string; degree: number }[] | undefined) ?? [];
      const page = rows.map((r) => r.id);
      const earlier = (ranked?.get('earlier') as string[] | undefined) ?? [];
      const degrees = new Map(rows.map((r) => [r.id, r.degree]));
      const sub = await subgraph(filters, page, earlier, request.maxEdges, degrees);
      const nextOffset = request.offset + page.length;
      return {
        ...sub,
        total: { nodes: total },
        page: {
          offset: request.offset,
          limit: request.limit,
          nextOffset: nextOffset < total ? nextOffset : null,
        },
        focus: seeds,
      };
    },

    async neighbours(id, filters, limit) {
      const ids = await read(async (tx) => {
        const found = await tx.run(Q.ENTITY, { id, relations: RELATION_TYPES });
        if (found.records.length === 0) return null;
        const row = await tx.run(Q.neighbours(filters), {
          ...Q.filterParams(filters),
          id,
          limit: neo4j.int(limit),
        });
        return [id, ...((row.records[0]?.get('ids') as string[] | undefined) ?? [])];
      });
      if (ids === null) return null;
      return {
        ...(await subgraph(filters, ids, [], limit * 10)),
        total: { nodes: ids.length },
        page: { offset: 0, limit, nextOffset: null },
        focus: [id],
      };
    },

    async path(source, target, filters) {
      const params = { ...Q.filterParams(filters), source, target, ids: [source, target] };
      const found = await read(async (tx) => {
        const ends = await tx.run(Q.graphNodes(filters, { degree: false }), params);
        if (ends.records.length < 2) return null;
        return (await tx.run(Q.shortestPath(filters), params)).records[0];
      });
      if (found === null) return null;
      const ids = (found?.get('ids') as string[] | undefined) ?? [];
      const steps =
        (found?.get('steps') as { source: string; target: string; type: RelationType }[]) ?? [];
      return {
        ...(await subgraph(filters, ids, [], 1000)),
        total: { nodes: ids.length },
        page: { offset: 0, limit: ids.length, nextOffset: null },
        focus: ids,
        path: ids,
        pathEdges: steps.map((s) => edgeId(s.type, s.source, s.target)),
      };
    },

    entity(id, relationLimit) {
      return read(async (tx) => {
        const head = (await tx.run(Q.ENTITY, { id, relations: RELATION_TYPES })).records[0];
        if (!head) return null;
        const entity = head.get('entity') as {
          id: string;
          name: string;
          type: EntityType;
          role: string | null;
          aliases: string[];
        };
        const rows = await tx.run(Q.ENTITY_RELATIONS, {
          id,
          relations: RELATION_TYPES,
          limit: neo4j.int(relationLimit),
        });
        const detail: EntityDetail = {
          id: entity.id,
          name: entity.name,
          type: entity.type,
          aliases: entity.aliases,
          articles: (head.get('articles') as (Record<string, unknown> & { mentions: number })[])
            .map((a) => ({ ...articleRef(a), mentions: a.mentions ?? 0 }))
            .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
          relations: rows.records.map((r) => relationOf(r.toObject())),
          relationsTotal: head.get('relationsTotal'),
        };
        if (entity.role) detail.role = entity.role;
        return detail;
      });
    },

    articles({ q, offset, limit }) {
      return read(async (tx) => {
        const needle = q === null ? null : q.toLowerCase();
        const total = (await tx.run(Q.ARTICLE_COUNT, { q: needle })).records[0]?.get('total');
        const rows = await tx.run(Q.ARTICLE_PAGE, {
          q: needle,
          offset: neo4j.int(offset),
          limit: neo4j.int(limit),
        });
        return {
          total: total ?? 0,
          articles: rows.records.map((r) => {
            const a = r.get('article') as Record<string, unknown>;
            return {
              ...articleRef(a),
              language: (a.language as string | null) ?? 'und',
              entities: r.get('entities'),
              relations: r.get('relations'),
            };
          }),
        };
      });
    },

    stats() {
      return read(async (tx) => {
        const articles = (await tx.run(Q.STATS_ARTICLES)).records[0];
        const entityTypes = zeroes(ENTITY_TYPES);
        for (const r of (await tx.run(Q.STATS_ENTITY_TYPES)).records) {
          const type = r.get('type') as EntityType;
          if (type in entityTypes) entityTypes[type] = r.get('count');
        }
        const relationTypes = zeroes(RELATION_TYPES);
        const rels = await tx.run(Q.STATS_RELATION_TYPES);
        for (const r of rels.records) relationTypes[r.get('type') as RelationType] = r.get('count');
        const sum = (counts: Record<string, number>) =>
          Object.values(counts).reduce((a, b) => a + b, 0);
        return {
          articles: articles?.get('articles') ?? 0,
          entities: sum(entityTypes),
          relations: sum(relationTypes),
          entityTypes,
          relationTypes,
          published: { from: articles?.get('from') ?? null, to: articles?.get('to') ?? null },
        };
      });
    },
  };
}

export { StoreError };

export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function articleRef(a: Record<string, unknown>): ArticleRef {
  const ref: ArticleRef = { id: String(a.id), title: String(a.title ?? a.id) };
  if (typeof a.outlet === 'string') ref.outlet = a.outlet;
  if (typeof a.published === 'string') ref.published = a.published;
  return ref;
}

function relationOf(row: Record<string, unknown>): EntityRelation {
  const r = row.relation as Record<string, unknown>;
  const type = row.type as RelationType;
  const other = row.other as EntityRelation['other'];
  const article = row.article
    ? articleRef(row.article as Record<string, unknown>)
    : { id: String(r.article), title: String(r.article) };
  const relation: EntityRelation = {
    id: String(r.id),
    type,
    direction: SYMMETRIC_RELATION_TYPES.has(type) ? 'both' : row.outgoing ? 'out' : 'in',
    other,
    article,
    evidence: String(r.evidence ?? ''),
    trigger: String(r.trigger ?? ''),
    confidence: Number(r.confidence ?? 0),
    modality: (r.modality as EntityRelation['modality']) ?? 'happened',
  };
  if (typeof r.claim === 'string') relation.claim = r.claim;
  if (typeof r.cameo === 'string') relation.cameo = r.cameo;
  return relation;
}

/** Which of an entity's names the typed text points at: the first that starts like it. */
function bestMatch(text: string, names: readonly string[]): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const fits = (name: string) => {
    const parts = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => parts.some((p) => p.startsWith(w)));
  };
  return names.find(fits) ?? names[0] ?? '';
}

function isTransient(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.');
}

function isMissingIndex(error: unknown): boolean {
  return (
    error instanceof Error &&
    /no such fulltext schema index|no such index|entity_names/i.test(error.message)
  );
}

// A StoreError is the only failure callers need to tell apart: it means "Neo4j is not usable".
export function isStoreUnavailable(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
