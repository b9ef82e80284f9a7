import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type ArticleExtraction,
  type Entity,
  type Mention,
  type Relation,
} from '../model/types.js';
import { SCHEMA_STATEMENTS } from './cypher/schema.js';
import * as Q from './cypher/write.js';

/** What the store remembers of an article between runs. */
export interface StoredArticle {
  /** The path it was read from, as given to ingest. */
  source: string | null;
  hash: string;
  factsHash: string;
  extractor: string;
}

/** Article node properties; null clears a property the file no longer provides. */
export interface ArticleRow {
  id: string;
  title?: string;
  outlet?: string | null;
  published?: string | null;
  language?: string;
  source?: string | null;
  hash?: string;
  factsHash: string;
  extractor?: string;
  extraction?: string;
  ingestedAt: string;
}

/** One article's contribution to the graph, replacing whatever it contributed before. */
export interface ArticleWrite {
  row: ArticleRow;
  mentions: readonly Mention[];
  relations: readonly (Relation & { id: string })[];
}

export interface WriteBatch {
  remove: readonly string[];
  replace: readonly ArticleWrite[];
}

export interface GraphCounts {
  articles: number;
  entities: number;
  relationships: number;
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** The write side of the store: everything ingest asks of Neo4j. */
export interface GraphWriter {
  ensureSchema(): Promise<void>;
  readArticleState(): Promise<Map<string, StoredArticle>>;
  readExtractions(ids: readonly string[]): Promise<Map<string, ArticleExtraction>>;
  counts(): Promise<GraphCounts>;
  /**
   * In one transaction: the removed articles and the replaced articles' old facts out, the new
   * facts in, every entity they touch refreshed from the merged graph, orphans gone. A crash
   * leaves each article of the batch fully in or fully out.
   */
  writeBatch(batch: WriteBatch, entities: ReadonlyMap<string, Entity>): Promise<WriteCounters>;
}

export function createGraphWriter(driver: Driver, database: string): GraphWriter {
  const read = async <T>(query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database, routing: 'READ' })).records.map(
      (r) => r.toObject() as T,
    );

  const write = async (work: (tx: Tally) => Promise<void>): Promise<WriteCounters> => {
    const session = driver.session({ database });
    try {
      // executeWrite retries the whole unit on transient errors, so it must be safe to repeat:
      // each attempt starts from a fresh tally.
      return await session.executeWrite(async (tx) => {
        const tally = new Tally(tx);
        await work(tally);
        return tally.counters;
      });
    } finally {
      await session.close();
    }
  };

  return {
    async ensureSchema() {
      for (const statement of SCHEMA_STATEMENTS) {
        await driver.executeQuery(statement, {}, { database });
      }
    },

    async readArticleState() {
      const rows = await read<StoredArticle & { id: string }>(Q.READ_ARTICLE_STATE);
      return new Map(rows.map(({ id, ...state }) => [id, state]));
    },

    async readExtractions(ids) {
      const rows = await read<{ id: string; extraction: string | null }>(Q.READ_EXTRACTIONS, {
        ids,
      });
      return new Map(
        rows
          .filter((r) => r.extraction !== null)
          .map((r) => [r.id, JSON.parse(r.extraction as string) as ArticleExtraction]),
      );
    },

    async counts() {
      const [row] = await read<GraphCounts>(Q.COUNT_GRAPH);
      return row ?? { articles: 0, entities: 0, relationships: 0 };
    },

    writeBatch({ remove, replace }, entities) {
      return write(async (tx) => {
        const touched = await clearFacts(tx, [...remove, ...replace.map((w) => w.row.id)]);

        // The entities the new facts mention, plus those the old facts did that other articles
        // still mention: all take their properties from the merged graph.
        const mentions = replace.flatMap((w) => w.mentions);
        const ids = new Set([...mentions.map((m) => m.entity), ...touched]);
        const rows = [...ids].flatMap((id) => {
          const entity = entities.get(id);
          return entity ? [entityRow(entity)] : [];
        });
        const relations = replace.flatMap((w) => w.relations);

        // Nothing below needs another's answer: the statements go out together and Neo4j runs
        // them in this order, one round trip instead of one each.
        const sent: Promise<unknown>[] = [];
        const send = (query: string, params: Record<string, unknown>) =>
          sent.push(tx.run(query, params));
        if (remove.length > 0) send(Q.DELETE_ARTICLES, { ids: remove });
        if (replace.length > 0) send(Q.UPSERT_ARTICLES, { articles: replace.map((w) => w.row) });
        for (const type of ENTITY_TYPES) {
          const ofType = rows.filter((r) => r.type === type);
          if (ofType.length > 0) send(Q.UPSERT_ENTITIES[type], { entities: ofType });
        }
        if (mentions.length > 0) send(Q.CREATE_MENTIONS, { mentions: mentions.map(mentionRow) });
        for (const type of RELATION_TYPES) {
          const ofType = relations.filter((r) => r.type === type).map(relationRow);
          if (ofType.length > 0) send(Q.CREATE_RELATIONS[type], { relations: ofType });
        }
        send(Q.DELETE_ORPHANS, { ids: [...touched] });
        await Promise.all(sent);
      });
    },
  };
}

/**
 * Deletes the articles' mentions and relations, sent together; returns the entities they
 * mentioned.
 */
async function clearFacts(tx: Tally, ids: readonly string[]): Promise<Set<string>> {
  const [touched] = await Promise.all([
    tx.run(Q.CLEAR_MENTIONS, { ids }),
    ...RELATION_TYPES.map((type) => tx.run(Q.CLEAR_RELATIONS[type], { ids })),
  ]);
  return new Set(touched.map((r) => r.get('entity') as string));
}

/** Runs statements in one transaction and adds up what they changed. */
class Tally {
  readonly counters: WriteCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
  };
  constructor(private readonly tx: ManagedTransaction) {}

  async run(query: string, params: Record<string, unknown>) {
    const result = await this.tx.run(query, params);
    const updates = result.summary.counters.updates();
    this.counters.nodesCreated += updates.nodesCreated;
    this.counters.nodesDeleted += updates.nodesDeleted;
    this.counters.relationshipsCreated += updates.relationshipsCreated;
    this.counters.relationshipsDeleted += updates.relationshipsDeleted;
    return result.records;
  }
}

function entityRow(e: Entity) {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, role: e.role ?? null };
}

function mentionRow(m: Mention) {
  return {
    entity: m.entity,
    article: m.article,
    props: { count: m.count, aliases: m.aliases, role: m.role ?? null },
  };
}

function relationRow(r: Relation & { id: string }) {
  const { source, target, type, ...props } = r;
  return { source, target, props: withNulls(props) };
}

// Neo4j stores no undefined; null in a SET map means "no such property".
function withNulls<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v ?? null])) as never;
}
