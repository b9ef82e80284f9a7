import { Neo4jError } from 'neo4j-driver';
import * as S from './cypher/schema.js';
import * as N from './cypher/names.js';
import * as Q from './cypher/write.js';
import type { Gateway } from './gateway.js';
import { takeIngestLock } from './ingest-lock.js';
import { coMentionDeltas, type Named } from './write-comentions.js';

/** Articles per transaction when counting an old store's co-mentions. */
const COMENTION_BATCH = 500;

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
  if (!coMentionsCounted(present)) await countCoMentions(store, articles.length > 0);
  await store.write((tx) => tx.rows(Q.AWAIT_INDEXES));
}

/**
 * A store written before co-mentions were counted gets them, under the ingest lock (two runs
 * starting together count once): whatever CO_MENTIONED a counting that died left is deleted,
 * every article counted again, then the indexes made whose presence says a store is counted.
 */
async function countCoMentions(store: Gateway, anyArticles: boolean): Promise<void> {
  const read = store.rows;
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
        await store.write(async (tx) => {
          const named = await tx.rows<{ named: Named }>(Q.READ_NAMED, {
            ids: ids.slice(i, i + COMENTION_BATCH),
          });
          const deltas = coMentionDeltas(
            named.map((row) => row.named),
            [],
          );
          if (deltas) await tx.rows(Q.COUNT_COMENTIONS, { ...deltas });
        });
      }
    }
    for (const statement of S.CO_MENTION_INDEXES) await store.write((tx) => tx.rows(statement));
  } finally {
    await lock.release();
  }
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
