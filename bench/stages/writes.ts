// 2. Writes against their limit: the real writer (batched UNWIND, one transaction per batch of
// articles, as ingest calls it) over a naive loop of one auto-committed statement per node and
// per relationship, on the same synthetic graph and the same server, each from an empty store.
// A rate counts every relationship written in the measured time: the writer's typed relations,
// mentions, CO_MENTIONED pairs and folded relations (RELATED); the naive loop's relations and
// mentions. The naive loop keeps no co-mentions or folded relations (one statement per pair
// would add some 100k round trips, many minutes), so the ratio compares rates, each on the
// relationships its own side writes; the relations and mentions both write are checked equal.
import { DEFAULT_INGEST_OPTIONS } from '../../ingest/run-ingest.js';
import type { ArticleWrite } from '../../src/store/write.js';
import type { Entity } from '../../src/model/types.js';
import { syntheticGraph, type SyntheticOptions } from '../synthetic-graph.js';
import type { BenchNeo4j } from '../bench-neo4j.js';
import { round, timed } from '../measure.js';
import type { Stage } from '../stage.js';

/**
 * ~8.7k relations and mentions (3k relations, ~5.7k mentions; the naive loop takes half a minute
 * on them) and the ~55k co-mentioned pairs of 150 articles naming 38 entities each.
 */
const DATA: SyntheticOptions = { entities: 600, relations: 3000, articles: 150, seed: 11 };
const WARMUP: SyntheticOptions = { entities: 100, relations: 500, articles: 25, seed: 99 };
// The server warms up (JIT, plans) over the first rounds, several when it has just started: a
// round takes half a second, so keep the best of ten.
const BATCHED_ROUNDS = 10;

type Graph = ReturnType<typeof syntheticGraph>;

/** Relationships the writer created, and of them those it derives: CO_MENTIONED and RELATED. */
async function batched(
  neo4j: BenchNeo4j,
  graph: Graph,
): Promise<{ created: number; derived: number }> {
  let created = 0;
  const size = DEFAULT_INGEST_OPTIONS.batchSize;
  for (let i = 0; i < graph.writes.length; i += size) {
    const replace = graph.writes.slice(i, i + size);
    const ids = new Set(replace.flatMap((w) => w.mentions.map((m) => m.entity)));
    await neo4j.writer.writeEntities(
      [...ids].map((id) => graph.entities.get(id) as Entity),
      [],
    );
    created += (await neo4j.writer.writeBatch({ remove: [], replace })).relationshipsCreated;
  }
  // From an empty store no pair is deleted, so every pair left was created once.
  const { records } = await neo4j.driver.executeQuery(
    'MATCH ()-[c:CO_MENTIONED|RELATED]->() RETURN count(c) AS n',
    {},
    { database: neo4j.config.database },
  );
  return { created, derived: Number(records[0]?.get('n') ?? 0) };
}

// What a first attempt at a writer looks like: a statement per fact, each its own transaction.
const NAIVE_ARTICLE = 'MERGE (a:Article {id: $id}) SET a += $row';
const naiveEntity = (label: string) => `MERGE (e:Entity {id: $id}) SET e = $row, e:${label}`;
const NAIVE_MENTION = `MATCH (e:Entity {id: $entity}) MATCH (a:Article {id: $article})
CREATE (e)-[m:MENTIONED_IN]->(a) SET m = $props`;
const naiveRelation = (
  type: string,
) => `MATCH (s:Entity {id: $source}) MATCH (t:Entity {id: $target})
CREATE (s)-[r:${type}]->(t) SET r = $props`;

const defined = (value: object) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

async function naive(neo4j: BenchNeo4j, graph: Graph): Promise<number> {
  const { driver, config } = neo4j;
  const run = async (query: string, params: Record<string, unknown>) =>
    (
      await driver.executeQuery(query, params, { database: config.database })
    ).summary.counters.updates().relationshipsCreated;
  let created = 0;
  const entities = new Map<string, Entity>();
  for (const w of graph.writes) {
    for (const m of w.mentions) entities.set(m.entity, graph.entities.get(m.entity) as Entity);
  }
  for (const w of graph.writes) await run(NAIVE_ARTICLE, { id: w.row.id, row: defined(w.row) });
  for (const e of entities.values()) {
    const row = { id: e.id, name: e.name, type: e.type, aliases: e.aliases };
    await run(naiveEntity(e.type), { id: e.id, row });
  }
  for (const w of graph.writes as ArticleWrite[]) {
    for (const m of w.mentions) {
      const props = defined({ count: m.count, aliases: m.aliases, role: m.role });
      created += await run(NAIVE_MENTION, { entity: m.entity, article: m.article, props });
    }
    for (const r of w.relations) {
      const { source, target, type, ...props } = r;
      created += await run(naiveRelation(type), { source, target, props: defined(props) });
    }
  }
  return created;
}

export const writesStage: Stage = async ({ neo4j: start, log }) => {
  const neo4j = await start();
  await neo4j.writer.ensureSchema();
  // Warm both paths (plans cached, JIT warm) on other data, then start from nothing.
  const warm = syntheticGraph(WARMUP);
  await neo4j.wipe();
  await naive(neo4j, warm);
  await neo4j.wipe();
  await batched(neo4j, warm);

  const graph = syntheticGraph(DATA);
  let best = Infinity;
  let created = 0;
  let derived = 0;
  for (let i = 0; i < BATCHED_ROUNDS; i++) {
    await neo4j.wipe();
    const run = await timed(() => batched(neo4j, graph));
    ({ created, derived } = run.value);
    best = Math.min(best, run.seconds);
    log(`writes: batched ${Math.round(created / run.seconds)} relationships/s`);
  }
  await neo4j.wipe();
  const slow = await timed(() => naive(neo4j, graph));
  log(`writes: naive ${Math.round(slow.value / slow.seconds)} relationships/s`);
  await neo4j.wipe();
  if (slow.value !== created - derived) {
    throw new Error(
      `bench: naive wrote ${slow.value} relations and mentions, batched ${created - derived}`,
    );
  }

  const batchedRate = created / best;
  const naiveRate = slow.value / slow.seconds;
  return {
    results: {
      neo4j_batched_rels_per_s: Math.round(batchedRate),
      neo4j_batched_vs_naive: round(batchedRate / naiveRate),
    },
    details: {
      writes_relationships: created,
      writes_derived: derived,
      writes_batch_articles: DEFAULT_INGEST_OPTIONS.batchSize,
      writes_batched_seconds: round(best),
      writes_naive_seconds: round(slow.seconds),
      writes_naive_rels_per_s: Math.round(naiveRate),
    },
  };
};
