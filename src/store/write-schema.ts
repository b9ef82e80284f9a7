import { Neo4jError } from 'neo4j-driver';
import * as S from './cypher/schema.js';
import * as N from './cypher/names.js';
import * as Q from './cypher/write.js';
import { RELATION_TYPES } from '../model/types.js';
import type { Gateway, Tx } from './gateway.js';
import { takeIngestLock } from './ingest-lock.js';
import { coMentionDeltas, type Named } from './write-comentions.js';

/** Articles per transaction when counting an old store's co-mentions. */
const COMENTION_BATCH = 500;

/** Entities per transaction when folding an old store's relations. */
const FOLD_BATCH = 2000;

/** Creates what is missing of the schema and waits until every index is online. */
export async function ensureSchema(store: Gateway): Promise<void> {
  const read = store.rows;
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
  const anyArticles = articles.length > 0;
  for (const derived of DERIVED) {
    if (!built(derived, present)) await buildDerived(store, derived, anyArticles);
  }
  await store.write((tx) => tx.rows(Q.AWAIT_INDEXES));
}

/**
 * Relationships the writer keeps from the articles' own facts, which a store written before it
 * kept them lacks: the co-mentions counted from the mentions, and the relations folded per
 * (source, type, target). Their indexes are made once they are complete, so a store without
 * them is one to build them in (`build`, a batch of ids at a time).
 */
interface Derived {
  type: keyof typeof Q.DELETE_SOME;
  indexes: readonly string[];
  /** The ids the build goes through, in batches: articles or entities. */
  ids: string;
  batch: number;
  build(tx: Tx, ids: readonly string[]): Promise<void>;
}

const DERIVED: readonly Derived[] = [
  {
    type: 'CO_MENTIONED',
    indexes: S.CO_MENTION_INDEXES,
    ids: Q.READ_ARTICLE_IDS,
    batch: COMENTION_BATCH,
    async build(tx, ids) {
      const named = await tx.rows<{ named: Named }>(Q.READ_NAMED, { ids });
      const deltas = coMentionDeltas(
        named.map((row) => row.named),
        [],
      );
      if (deltas) await tx.rows(Q.COUNT_COMENTIONS, { ...deltas });
    },
  },
  {
    type: S.FOLDED,
    indexes: S.FOLDED_INDEXES,
    ids: Q.READ_ENTITY_IDS,
    batch: FOLD_BATCH,
    async build(tx, ids) {
      await Promise.all(
        RELATION_TYPES.map(async (type) => {
          const [row] = await tx.rows<{ pairs: [string, string][] }>(Q.READ_PAIRS_FROM[type], {
            ids,
          });
          const pairs = row?.pairs ?? [];
          if (pairs.length > 0) await tx.rows(Q.REFOLD_RELATIONS[type], { pairs });
        }),
      );
    },
  },
];

/**
 * Builds one kind of derived relationship in a store written before the writer kept it, under
 * the ingest lock (two runs starting together build it once): whatever a build that died left is
 * deleted, every batch built again, then the indexes made whose presence says it is built.
 */
async function buildDerived(store: Gateway, derived: Derived, anyArticles: boolean): Promise<void> {
  const read = store.rows;
  const lock = await takeIngestLock(store, () => undefined);
  try {
    const indexes = await read<{ name: string }>(S.READ_INDEX_NAMES);
    if (built(derived, new Set(indexes.map((r) => r.name)))) return;
    if (anyArticles) {
      let deleted: number;
      do {
        await lock.confirm();
        const [row] = await store.write((tx) =>
          tx.rows<{ deleted: number }>(Q.DELETE_SOME[derived.type]),
        );
        deleted = row?.deleted ?? 0;
      } while (deleted > 0);
      const ids = (await read<{ id: string }>(derived.ids)).map((r) => r.id);
      for (let i = 0; i < ids.length; i += derived.batch) {
        await lock.confirm();
        await store.write((tx) => derived.build(tx, ids.slice(i, i + derived.batch)));
      }
    }
    for (const statement of derived.indexes) await store.write((tx) => tx.rows(statement));
  } finally {
    await lock.release();
  }
}

/** Whether a store has a kind of derived relationship: its indexes are made once it does. */
const built = (derived: Derived, indexes: ReadonlySet<string>) =>
  derived.indexes.every((statement) => indexes.has(S.schemaName(statement) ?? ''));

// Two ingests creating the schema at once: the loser's CREATE ... IF NOT EXISTS may still fail.
function isSchemaRace(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test(error.code)
  );
}
