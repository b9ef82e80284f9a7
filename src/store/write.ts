import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type ArticleExtraction,
  type RelationType,
} from '../model/types.js';
import { addCounters, zeroCounters, type Gateway, type Tx, type WriteCounters } from './gateway.js';
import * as Q from './cypher/write.js';
import { takeIngestLock, type IngestLock } from './ingest-lock.js';
import { createRunLog, type CorrectionsState, type RunLog } from './write-runs.js';
import { ensureSchema } from './write-schema.js';
import { createNameIndex, type NameIndex } from './write-names.js';
import { coMentionDeltas, type Named } from './write-comentions.js';
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
  CorrectionsState,
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
export interface GraphWriter extends RunLog {
  /** Creates what is missing of the schema and waits until every index is online. */
  ensureSchema(): Promise<void>;
  /**
   * Takes the ingest lock: one writer at a time per database, whichever machine it runs on. It
   * is an open transaction holding a write lock in Neo4j, so it goes when its holder dies.
   * `onWait` is called once if another writer holds it.
   */
  lock(onWait: () => void): Promise<IngestLock>;
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

/** Entities per transaction. */
const ENTITY_BATCH = 5000;

export function createGraphWriter(store: Gateway): GraphWriter {
  const read = store.rows;

  const upsertEntities = async (tx: Tx, rows: readonly EntityRow[]) => {
    const sent: Promise<unknown>[] = [];
    for (const type of ENTITY_TYPES) {
      const ofType = rows.filter((r) => r.type === type);
      if (ofType.length > 0) sent.push(tx.rows(Q.UPSERT_ENTITIES[type], { entities: ofType }));
    }
    await Promise.all(sent);
  };

  return {
    ensureSchema: () => ensureSchema(store),

    lock: (onWait) => takeIngestLock(store, onWait),

    ...createRunLog(store),

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
        // What the stale articles named is read before their mentions go, to take them out of
        // the co-mentions in the same change that counts the new ones in.
        // So are the pairs their relations join, to fold those pairs again once they are gone.
        const [named, refold] = await Promise.all([
          stale.length > 0 ? tx.rows<NamedRow>(Q.READ_NAMED, { ids: stale }) : [],
          readRelatedPairs(tx, stale),
        ]);
        const deltas = coMentionDeltas(
          replace.map((w) => w.mentions),
          named.map((row) => row.named),
        );
        const mentions = replace.flatMap((w) => w.mentions);
        const relations = replace.flatMap((w) => w.relations);
        for (const r of relations) refold.add(r.type, r.source, r.target);

        // Nothing below needs another's answer: the statements go out together and Neo4j runs
        // them in this order, one round trip instead of one each.
        const sent: Promise<unknown>[] = [];
        const send = (query: string, params: Record<string, unknown>) =>
          sent.push(tx.rows(query, params));
        if (stale.length > 0) {
          send(Q.CLEAR_MENTIONS, { ids: stale });
          for (const type of RELATION_TYPES) send(Q.CLEAR_RELATIONS[type], { ids: stale });
        }
        if (remove.length > 0) send(Q.DELETE_ARTICLES, { ids: remove });
        if (replace.length > 0) {
          const articles = replace.map((w) => ({ ...w.row, relations: w.relations.length }));
          send(Q.UPSERT_ARTICLES, { articles });
        }
        if (mentions.length > 0) send(Q.CREATE_MENTIONS, { mentions: mentions.map(mentionRow) });
        if (deltas) send(Q.COUNT_COMENTIONS, { ...deltas });
        for (const type of RELATION_TYPES) {
          const ofType = relations.filter((r) => r.type === type).map(relationRow);
          if (ofType.length > 0) send(Q.CREATE_RELATIONS[type], { relations: ofType });
        }
        for (const type of RELATION_TYPES) {
          const pairs = refold.of(type);
          if (pairs.length > 0) send(Q.REFOLD_RELATIONS[type], { pairs });
        }
        await Promise.all(sent);
      });
    },
  };
}

/** The pairs of each type the given articles' relations join, as stored (Q.READ_RELATED_PAIRS). */
export async function readRelatedPairs(tx: Tx, ids: readonly string[]): Promise<PairSet> {
  const pairs = new PairSet();
  if (ids.length === 0) return pairs;
  await Promise.all(
    RELATION_TYPES.map(async (type) => {
      const rows = await tx.rows<{ pairs: [string, string][] }>(Q.READ_RELATED_PAIRS[type], {
        ids,
      });
      for (const [source, target] of rows[0]?.pairs ?? []) pairs.add(type, source, target);
    }),
  );
  return pairs;
}

/** (source, target) pairs by relation type, each once: what REFOLD_RELATIONS folds again. */
export class PairSet {
  private readonly byType = new Map<RelationType, Map<string, [string, string]>>();

  add(type: RelationType, source: string, target: string): void {
    let pairs = this.byType.get(type);
    if (!pairs) this.byType.set(type, (pairs = new Map()));
    // JSON of the pair: no id can make two pairs' keys collide.
    pairs.set(JSON.stringify([source, target]), [source, target]);
  }

  of(type: RelationType): [string, string][] {
    return [...(this.byType.get(type)?.values() ?? [])];
  }
}

/** One stale article's entities as stored (Q.READ_NAMED). */
interface NamedRow {
  article: string;
  named: Named;
}
