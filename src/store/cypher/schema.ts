// The shape of the graph in Neo4j. Every query in src/store/cypher reads or writes this shape:
//
//   (:Entity:<EntityType> {id, name, type, aliases: [..], role?})
//       id is the stable key from extraction ("person:marco-rubio", "country:usa"); the second
//       label is one of ENTITY_TYPES. aliases and role are derived from the MENTIONED_IN edges,
//       so removing an article removes the names only it used.
//   (:Article {id, title, outlet?, published?, language, source, hash, ingestedAt})
//   (:Entity)-[:MENTIONED_IN {count, aliases: [..], role?}]->(:Article)
//   (:Entity)-[:<RelationType> {id, article, evidence, start, end, trigger, published?,
//                               confidence, modality, claim?, cameo?}]->(:Entity)
//       One relationship per piece of evidence (one sentence of one article stating it), keyed by
//       `id`. Several articles saying "A met B" give several parallel edges, each with its own
//       evidence; count them for strength. MET_WITH is symmetric and stored once, from the
//       smaller id to the larger: query it without an arrow, (a)-[:MET_WITH]-(b).

/** Run before any write; each is idempotent. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
];
