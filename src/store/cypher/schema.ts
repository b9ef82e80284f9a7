// The shape of the graph in Neo4j. Every query in src/store/cypher reads or writes this shape:
//
//   (:Entity:<EntityType> {id, name, type, aliases: [..], role?})
//       id is the stable key from extraction ("person:marco-rubio", "country:usa"); the second
//       label is one of ENTITY_TYPES. name, aliases and role come from the merged corpus graph.
//   (:Article {id, title, outlet?, published?, language, source, hash, stat?, factsHash,
//              extractor, extraction, relations, ingestedAt})
//       hash is the sha256 of the file, stat its size, times and inode then (a rerun reads only
//       files whose stat changed); extraction is the per-article extraction (JSON) that
//       reruns reuse instead of re-reading unchanged files; factsHash fingerprints what the
//       article contributes after the corpus-level merge; relations counts the typed relations
//       it states (the timeline sums them, cypher/read.ts).
//   (:NameEntry {id, kind, key, value, target?}), (:ArticleNames {id})-[:LISTS]->(:NameEntry):
//       the alias index, which ingest resolves new articles against (cypher/names.ts).
//   (:IngestLock {id: 'ingest'}) and, while a run writes, (:UnfinishedIngest {id: 'ingest'}):
//       bookkeeping of ingest (the lock between writers, the mark an interrupted run leaves);
//       (:IngestRuns {id: 'ingest', run}) a new id each time a run finishes writing, so a run
//       plans from the article state it read before the lock if none finished since.
//   (:IngestCorrections {id: 'corrections', hash, unresolved})
//       the corrections (corpus/corrections.yaml) the last run applied: their hash, and as JSON
//       those it found nothing to act on. Only while there are corrections.
//   (:SavedView {...}): the explorer's saved views, apart from the graph (cypher/views.ts).
//   (:Entity)-[:MENTIONED_IN {count, aliases: [..], role?, sentences: [..]}]->(:Article)
//       sentences: indexes of the sentences that name the entity; two entities sharing one are
//       co-mentioned there.
//   (:Entity)-[:CO_MENTIONED {articles, sentences}]->(:Entity)
//       One per pair of entities some article names both of, from the smaller id to the larger:
//       how many articles name both, and how many of their sentences. Kept by the writer from the
//       mentions in the same transaction (cypher/write.ts, COUNT_COMENTIONS).
//   (:Entity)-[:RELATED {type, count, articles: [..], confidence}]->(:Entity)
//       The typed relations folded: one per (source, type, target) that some relation joins, in
//       the relations' own direction: how many there are (count), their distinct articles (ids,
//       in order) and their highest confidence. Kept by the writer in the transaction that
//       writes or clears the relations (cypher/write.ts, REFOLD_RELATIONS), so the explorer reads
//       a page's strongest edges from an index on the count instead of folding every relation.
//   (:Entity)-[:<RelationType> {id, article, evidence, start, end, trigger, published?,
//                               confidence, modality, claim?, cameo?, rule?}]->(:Entity)
//       One relationship per piece of evidence (one sentence of one article stating it), keyed by
//       `id`. Several articles saying "A met B" give several parallel edges, each with its own
//       evidence; count them for strength. MET_WITH is symmetric and stored once, from the
//       smaller id to the larger: query it without an arrow, (a)-[:MET_WITH]-(b).
import { RELATION_TYPES } from '../../model/types.js';

/** Run before any write; each is idempotent. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  // The ingest lock's one node (cypher/write.ts): the constraint makes two runs MERGE one node.
  'CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  // The alias index (cypher/names.ts): entries by id, by what they answer, by what they resolve to.
  'CREATE CONSTRAINT name_entry_id IF NOT EXISTS FOR (n:NameEntry) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_names_id IF NOT EXISTS FOR (a:ArticleNames) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX name_entry_key IF NOT EXISTS FOR (n:NameEntry) ON (n.kind, n.key)',
  'CREATE INDEX name_entry_target IF NOT EXISTS FOR (n:NameEntry) ON (n.target)',
  // The explorer's saved views (cypher/views.ts): one per name, found by id.
  'CREATE CONSTRAINT saved_view_name IF NOT EXISTS FOR (v:SavedView) REQUIRE v.name IS UNIQUE',
  'CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE',
  // Rerunning ingest replaces an article's relations by finding them through this index.
  ...RELATION_TYPES.map(
    (type) =>
      `CREATE INDEX ${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.article)`,
  ),
  // The explorer's name search (src/store/cypher/read.ts, SEARCH_FULLTEXT): prefix and typo-tolerant
  // over names and every alias; 'standard-folding' also ignores case and accents (Abbās = Abbas).
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

/**
 * The co-mentions' weights, ranked by the explorer's view (cypher/read.ts). Made after a store's
 * co-mentions are counted, so that a store without them is one written before they were (and
 * write.ts counts them).
 */
export const CO_MENTION_INDEXES: readonly string[] = [
  'CREATE INDEX co_mentioned_articles IF NOT EXISTS FOR ()-[c:CO_MENTIONED]-() ON (c.articles)',
  'CREATE INDEX co_mentioned_sentences IF NOT EXISTS FOR ()-[c:CO_MENTIONED]-() ON (c.sentences)',
];

/**
 * The folded relations (RELATED) and the index on their count that the explorer ranks them by.
 * Like the co-mentions' indexes, made after a store's relations are folded: a store without it
 * was written before they were, and write-schema.ts folds them.
 */
export const FOLDED = 'RELATED';
export const FOLDED_INDEXES: readonly string[] = [
  `CREATE INDEX related_count IF NOT EXISTS FOR ()-[f:${FOLDED}]-() ON (f.count)`,
];

/** The name a schema statement creates, so a run can skip what is there already. */
export const schemaName = (statement: string): string | undefined =>
  /^CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+)/.exec(statement)?.[1];

export const READ_CONSTRAINT_NAMES = 'SHOW CONSTRAINTS YIELD name RETURN name';
export const READ_INDEX_NAMES = 'SHOW INDEXES YIELD name RETURN name';
