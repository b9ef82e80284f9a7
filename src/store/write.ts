import { Neo4jError } from 'neo4j-driver';
import type { UnresolvedCorrection } from '../model/corrections.js';
import { ENTITY_TYPES, RELATION_TYPES, type ArticleExtraction } from '../model/types.js';
import * as S from './cypher/schema.js';
import { addCounters, zeroCounters, type Gateway, type Tx, type WriteCounters } from './gateway.js';
import * as Q from './cypher/write.js';
import { takeIngestLock, type IngestLock } from './ingest-lock.js';
import { createNameIndex, type NameIndex } from './write-names.js';
import * as N from './cypher/names.js';
import {
  entityRow,
  mentionRow,
  relationRow,
  type ArticleRow,
  type ArticleWrite,
  type EntityProps,
  type EntityRow,
  type GraphCounts,
  type StoredArticle,
  type StoredExtraction,
  type WriteBatch,
} from './write-rows.js';

export type {
  ArticleRow,
  ArticleWrite,
  EntityProps,
  GraphCounts,
  IngestLock,
  NameIndex,
  StoredArticle,
  StoredExtraction,
  WriteBatch,
  WriteCounters,
};

/** The write side of the store: everything ingest asks of Neo4j. */
export interface GraphWriter {
  /** Creates what is missing of the schema and waits until every index is online. */
  ensureSchema(): Promise<void>;
  /**
   * Takes the ingest lock: one writer at a time per database, whichever machine it runs on. It
   * is an open transaction holding a write lock in Neo4j, so it goes when its holder dies.
   * `onWait` is called once if another writer holds it.
   */
  lock(onWait: () => void): Promise<IngestLock>;
  /** Every stored article's state, as `extractor` sees it; with `sources` its source too. */
  readArticleState(extractor: string, sources: boolean): Promise<Map<string, StoredArticle>>;
  /** The corrections the last run applied, or null when it had none. */
  readCorrectionsState(): Promise<CorrectionsState | null>;
  /** Records the corrections this run applied; none (null) leaves no trace. */
  saveCorrectionsState(state: CorrectionsState | null): Promise<void>;
  /** True when a run began writing and never finished: its work must be checked whole. */
  wasInterrupted(): Promise<boolean>;
  /** Marks the start and the end of a run's writes; an unfinished run leaves the mark. */
  beginWrites(): Promise<void>;
  endWrites(): Promise<void>;
  /** An id the last run to finish writing (endWrites) left, or null: the store's version. */
  lastRun(): Promise<string | null>;
  readExtractions(ids: readonly string[]): Promise<Map<string, StoredExtraction>>;
  counts(): Promise<GraphCounts>;
  /** The alias index ingest resolves articles against. */
  names: NameIndex;
  /**
   * Sets the entities to the properties given, creating what is missing, and deletes `remove`
   * with whatever still points at them. Run before the articles that mention them are written.
   */
  writeEntities(upsert: readonly EntityProps[], remove: readonly string[]): Promise<WriteCounters>;
  /**
   * In one transaction: the removed articles and the replaced articles' old facts out, the new
   * facts in. A crash leaves each article of the batch fully in or fully out. The entities the
   * facts name must exist already (writeEntities).
   */
  writeBatch(batch: WriteBatch): Promise<WriteCounters>;
  /** Deletes every entity but these: the end of a run that checked every entity. */
  keepOnlyEntities(ids: readonly string[]): Promise<void>;
}

export interface CorrectionsState {
  /** correctionsHash of the rows applied. */
  hash: string;
  unresolved: UnresolvedCorrection[];
}

/** Entities per transaction. */
const ENTITY_BATCH = 5000;
/** Articles per transaction when counting an old store's co-mentions. */
const COMENTION_BATCH = 500;

export function createGraphWriter(store: Gateway): GraphWriter {
  const read = <T>(query: string, params: Record<string, unknown> = {}) =>
    store.read((tx) => tx.rows<T>(query, params));

  const upsertEntities = async (tx: Tx, rows: readonly EntityRow[]) => {
    const sent: Promise<unknown>[] = [];
    for (const type of ENTITY_TYPES) {
      const ofType = rows.filter((r) => r.type === type);
      if (ofType.length > 0) sent.push(tx.rows(Q.UPSERT_ENTITIES[type], { entities: ofType }));
    }
    await Promise.all(sent);
  };

  /**
   * A store written before co-mentions were counted gets them, under the ingest lock (two runs
   * starting together count once): whatever CO_MENTIONED a counting that died left is deleted,
   * every article counted again, then the indexes made whose presence says a store is counted.
   */
  const countCoMentions = async (anyArticles: boolean) => {
    const lock = await takeIngestLock(store, () => undefined);
    try {
      const indexes = await read<{ name: string }>(S.READ_INDEX_NAMES);
      if (coMentionsCounted(new Set(indexes.map((r) => r.name)))) return;
      if (anyArticles) {
        let deleted: number;
        do {
          await lock.confirm();
          const [row] = await store.write((tx) =>
            tx.rows<{ deleted: number }>(Q.DELETE_SOME_COMENTIONS),
          );
          deleted = row?.deleted ?? 0;
        } while (deleted > 0);
        const ids = (await read<{ id: string }>(Q.READ_ARTICLE_IDS)).map((r) => r.id);
        for (let i = 0; i < ids.length; i += COMENTION_BATCH) {
          await lock.confirm();
          await store.write((tx) =>
            tx.rows(Q.COUNT_COMENTIONS, { ids: ids.slice(i, i + COMENTION_BATCH) }),
          );
        }
      }
      for (const statement of S.CO_MENTION_INDEXES) await store.write((tx) => tx.rows(statement));
    } finally {
      await lock.release();
    }
  };

  return {
    async ensureSchema() {
      const [constraints, indexes, articles] = await Promise.all([
        read<{ name: string }>(S.READ_CONSTRAINT_NAMES),
        read<{ name: string }>(S.READ_INDEX_NAMES),
        read(N.ANY_ARTICLE),
      ]);
      const present = new Set([...constraints, ...indexes].map((r) => r.name));
      // A store written before the alias index existed: the first run builds it, as it would
      // repair an interrupted run, before creating its schema marks the index as there.
      if (!present.has(N.INDEX_CONSTRAINT) && articles.length > 0) {
        await store.write((tx) => tx.rows(Q.MARK_UNFINISHED));
      }
      // What is there already is not asked for again: a rerun's statements are round trips.
      for (const statement of S.SCHEMA_STATEMENTS) {
        if (present.has(S.schemaName(statement) ?? '')) continue;
        try {
          await store.write((tx) => tx.rows(statement));
        } catch (error) {
          // Another ingest starting at the same moment created it first: that is what we wanted.
          if (!isSchemaRace(error)) throw error;
        }
      }
      if (!coMentionsCounted(present)) await countCoMentions(articles.length > 0);
      await store.write((tx) => tx.rows(Q.AWAIT_INDEXES));
    },

    lock: (onWait) => takeIngestLock(store, onWait),

    async readArticleState(extractor, sources) {
      const rows = await read<StoredArticle & { id: string }>(Q.READ_ARTICLE_STATE, {
        extractor,
        sources,
      });
      return new Map(rows.map(({ id, ...state }) => [id, state]));
    },

    async readCorrectionsState() {
      const [row] = await read<{ hash: string; unresolved: string }>(Q.READ_CORRECTIONS_STATE);
      if (!row) return null;
      return { hash: row.hash, unresolved: JSON.parse(row.unresolved) as UnresolvedCorrection[] };
    },

    async saveCorrectionsState(state) {
      await store.write((tx) =>
        state
          ? tx.rows(Q.SAVE_CORRECTIONS_STATE, {
              hash: state.hash,
              unresolved: JSON.stringify(state.unresolved),
            })
          : tx.rows(Q.CLEAR_CORRECTIONS_STATE),
      );
    },

    async wasInterrupted() {
      return (await read(Q.READ_UNFINISHED)).length > 0;
    },

    async beginWrites() {
      await store.write((tx) => tx.rows(Q.MARK_UNFINISHED));
    },

    async endWrites() {
      await store.write(async (tx) => {
        await tx.rows(Q.CLEAR_UNFINISHED);
        await tx.rows(Q.MARK_FINISHED_RUN);
      });
    },

    async lastRun() {
      const [row] = await read<{ run: string | null }>(Q.READ_LAST_RUN);
      return row?.run ?? null;
    },

    async readExtractions(ids) {
      const rows = await read<{ id: string; extraction: string | null; factsHash: string }>(
        Q.READ_EXTRACTIONS,
        { ids },
      );
      return new Map(
        rows.flatMap(({ id, extraction, factsHash }) =>
          extraction === null
            ? []
            : [[id, { extraction: JSON.parse(extraction) as ArticleExtraction, factsHash }]],
        ),
      );
    },

    async counts() {
      const [row] = await read<GraphCounts>(Q.COUNT_GRAPH);
      return row ?? { articles: 0, entities: 0, relationships: 0 };
    },

    names: createNameIndex(store),

    async writeEntities(upsert, remove) {
      const total = zeroCounters();
      for (let i = 0; i < Math.max(upsert.length, remove.length); i += ENTITY_BATCH) {
        const counters = await store.writeCounting(async (tx) => {
          const ids = remove.slice(i, i + ENTITY_BATCH);
          await Promise.all([
            upsertEntities(tx, upsert.slice(i, i + ENTITY_BATCH).map(entityRow)),
            ids.length > 0 ? tx.rows(Q.DELETE_ENTITIES, { ids }) : undefined,
          ]);
        });
        addCounters(total, counters);
      }
      return total;
    },

    async keepOnlyEntities(ids) {
      await store.write((tx) => tx.rows(Q.DELETE_ENTITIES_BUT, { ids }));
    },

    writeBatch({ remove, replace }) {
      return store.writeCounting(async (tx) => {
        const stale = [...remove, ...replace.flatMap((w) => (w.isNew ? [] : [w.row.id]))];
        if (stale.length > 0) await clearFacts(tx, stale);
        const mentions = replace.flatMap((w) => w.mentions);
        const relations = replace.flatMap((w) => w.relations);

        // Nothing below needs another's answer: the statements go out together and Neo4j runs
        // them in this order, one round trip instead of one each.
        const sent: Promise<unknown>[] = [];
        const send = (query: string, params: Record<string, unknown>) =>
          sent.push(tx.rows(query, params));
        if (remove.length > 0) send(Q.DELETE_ARTICLES, { ids: remove });
        if (replace.length > 0) send(Q.UPSERT_ARTICLES, { articles: replace.map((w) => w.row) });
        if (mentions.length > 0) send(Q.CREATE_MENTIONS, { mentions: mentions.map(mentionRow) });
        if (replace.length > 0) send(Q.COUNT_COMENTIONS, { ids: replace.map((w) => w.row.id) });
        for (const type of RELATION_TYPES) {
          const ofType = relations.filter((r) => r.type === type).map(relationRow);
          if (ofType.length > 0) send(Q.CREATE_RELATIONS[type], { relations: ofType });
        }
        await Promise.all(sent);
      });
    },
  };
}

/** Deletes the articles' co-mentions, mentions and relations, sent together in that order. */
async function clearFacts(tx: Tx, ids: readonly string[]): Promise<void> {
  await Promise.all([
    tx.rows(Q.UNCOUNT_COMENTIONS, { ids }),
    tx.rows(Q.CLEAR_MENTIONS, { ids }),
    ...RELATION_TYPES.map((type) => tx.rows(Q.CLEAR_RELATIONS[type], { ids })),
  ]);
}

/** Whether a store's co-mentions are counted: their indexes are made once they are. */
const coMentionsCounted = (indexes: ReadonlySet<string>) =>
  S.CO_MENTION_INDEXES.every((statement) => indexes.has(S.schemaName(statement) ?? ''));

// Two ingests creating the schema at once: the loser's CREATE ... IF NOT EXISTS may still fail.
function isSchemaRace(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test(error.code)
  );
}
