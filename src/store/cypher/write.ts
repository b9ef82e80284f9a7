// Every statement ingest runs. Values always travel as parameters; labels and relationship types
// are spliced in only from ENTITY_TYPES and RELATION_TYPES (src/model/types.ts), never from input.
// Each row of a batch finds its nodes by key, and a hint pins that to an index seek: a plan made
// while the graph was small or just emptied may otherwise scan the whole index once per row.
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../model/types.js';
import { FOLDED } from './schema.js';

const perType = <K extends string>(keys: readonly K[], build: (key: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, build(k)])) as Record<K, string>;

/** Schema statements return at once; writing before an index is online would scan instead. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// The ingest lock: one node, write-locked by an open transaction for as long as a run writes.
// Neo4j ends that transaction, and so frees the lock, when the holder's connection goes.
export const ENSURE_LOCK = "MERGE (:IngestLock {id: 'ingest'})";
export const TAKE_LOCK = "MATCH (l:IngestLock {id: 'ingest'}) SET l.held = true";
/** Answers only while the lock's transaction is still open. */
export const CONFIRM_LOCK = 'RETURN 1 AS held';

// Present from a run's first write to its last: a run that died mid-way leaves it behind.
export const MARK_UNFINISHED = "MERGE (:UnfinishedIngest {id: 'ingest'})";
export const CLEAR_UNFINISHED = "MATCH (u:UnfinishedIngest {id: 'ingest'}) DELETE u";
export const READ_UNFINISHED = "MATCH (u:UnfinishedIngest {id: 'ingest'}) RETURN u.id AS id";

// A new id each time a run finishes writing: a run that read the article state before taking the
// lock may plan from it if the id is the one it saw then (and no run died mid-way).
export const MARK_FINISHED_RUN = `
MERGE (r:IngestRuns {id: 'ingest'})
SET r.run = randomUUID()`;
export const READ_LAST_RUN = `
OPTIONAL MATCH (r:IngestRuns {id: 'ingest'})
RETURN r.run AS run`;

// The corrections the last run applied (their hash) and those it could not: a rerun with a
// changed corrections file is no no-op, and one with nothing changed can still report them.
// Present only while there are corrections.
export const READ_CORRECTIONS_STATE = `
MATCH (c:IngestCorrections {id: 'corrections'})
RETURN c.hash AS hash, c.unresolved AS unresolved`;
export const SAVE_CORRECTIONS_STATE = `
MERGE (c:IngestCorrections {id: 'corrections'})
SET c.hash = $hash, c.unresolved = $unresolved`;
export const CLEAR_CORRECTIONS_STATE = "MATCH (c:IngestCorrections {id: 'corrections'}) DELETE c";

/**
 * What a rerun compares against: each article's hash, whether $extractor read it, the file's
 * stat when it was hashed, and its source.
 */
export const READ_ARTICLE_STATE = `
MATCH (a:Article)
RETURN a.id AS id, a.hash AS hash, coalesce(a.extractor = $extractor, false) AS current,
       a.stat AS stat, a.source AS source`;

/** The same for the articles of $ids that exist: what a run's writes made of them. */
export const READ_ARTICLE_STATE_OF = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
USING INDEX SEEK a:Article(id)
RETURN a.id AS id, a.hash AS hash, coalesce(a.extractor = $extractor, false) AS current,
       a.stat AS stat, a.source AS source`;

/** The stat of files found unchanged by their hash: the next run need not read them. */
export const SAVE_FILE_STATS = `
UNWIND $files AS file
MATCH (a:Article {id: file.id})
USING INDEX SEEK a:Article(id)
SET a.stat = file.stat`;

/** The per-article extraction kept with each article, so a rerun need not read unchanged files again. */
export const READ_EXTRACTIONS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
USING INDEX SEEK a:Article(id)
RETURN a.id AS id, a.extraction AS extraction, a.factsHash AS factsHash`;

/**
 * Relationships are counted per type: Neo4j keeps those counts, so this reads no relationship.
 * Relation types join entities only, so their sum is every relationship between entities.
 */
export const COUNT_GRAPH = `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
${RELATION_TYPES.map((type) => `CALL () { MATCH ()-[r:${type}]->() RETURN count(r) AS ${type.toLowerCase()} }`).join('\n')}
RETURN articles, entities, ${RELATION_TYPES.map((type) => type.toLowerCase()).join(' + ')} AS relationships`;

/** Removes the mentions the given articles made. */
export const CLEAR_MENTIONS = `
UNWIND $ids AS id
MATCH (:Entity)-[m:MENTIONED_IN]->(a:Article {id: id})
USING INDEX SEEK a:Article(id)
DELETE m`;

/** Removes the relations the given articles stated; one statement per type so the article index is used. */
export const CLEAR_RELATIONS: Record<RelationType, string> = perType(
  RELATION_TYPES,
  (type) => `
UNWIND $ids AS id
MATCH ()-[r:${type} {article: id}]->()
USING INDEX SEEK r:${type}(article)
DELETE r`,
);

/** A null field removes that property, so a full row also clears metadata the file no longer has. */
export const UPSERT_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a += row`;

export const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
USING INDEX SEEK a:Article(id)
DETACH DELETE a`;

/** Entity properties come whole from resolution (src/graph/resolve.ts); the type label is set alongside. */
export const UPSERT_ENTITIES: Record<EntityType, string> = perType(
  ENTITY_TYPES,
  (label) => `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e = row, e:${label}`,
);

export const CREATE_MENTIONS = `
UNWIND $mentions AS row
MATCH (e:Entity {id: row.entity})
USING INDEX SEEK e:Entity(id)
MATCH (a:Article {id: row.article})
USING INDEX SEEK a:Article(id)
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m = row.props`;

/** What the given articles name, as stored: each entity with its sentences, an article a row. */
export const READ_NAMED = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
USING INDEX SEEK a:Article(id)
MATCH (a)<-[m:MENTIONED_IN]-(e:Entity)
RETURN id AS article, collect({entity: e.id, sentences: m.sentences}) AS named`;

/**
 * Changes the CO_MENTIONED relationships by the deltas of a batch (src/store/write-comentions.ts):
 * (smaller id)-[:CO_MENTIONED {articles, sentences}]->(larger id), how many articles name both and
 * how many of their sentences; a pair no article names any more goes. Run in the transaction
 * that writes or clears the mentions the deltas come from, so the counts are always what the
 * stored mentions say (deleting an entity deletes its pairs with it). Counts only: which articles
 * they are is read from the mentions when asked (cypher/read.ts), since a list per pair would be
 * rewritten by every batch naming a hub pair.
 *
 * Each entity is found once (by id, in id order) and each pair reaches its ends by position in
 * that list; a pair is looked up once, before anything is written (Neo4j runs every lookup first,
 * as the plan's Eager says), from whichever end has fewer relationships (Expand(Into)), then
 * created or updated. A MERGE looks twice and also walks the pairs the statement has just
 * created. Only one writer counts at a time (the ingest lock), so no other can create a pair
 * between the lookup and the CREATE. An entity deleted meanwhile took its pairs with it: its
 * pairs are skipped. The driver sends numbers as floats; places and counts are integers.
 */
export const COUNT_COMENTIONS = `
UNWIND $entities AS id
OPTIONAL MATCH (e:Entity {id: id})
USING INDEX SEEK e:Entity(id)
WITH collect([e]) AS nodes
UNWIND range(0, size($sources) - 1) AS i
WITH nodes[toInteger($sources[i])][0] AS s, nodes[toInteger($targets[i])][0] AS t,
     toInteger($articles[i]) AS articles, toInteger($sentences[i]) AS sentences
WHERE s IS NOT NULL AND t IS NOT NULL
OPTIONAL MATCH (s)-[c:CO_MENTIONED]->(t)
CALL (s, t, c, articles, sentences) {
  WITH * WHERE c IS NULL
  CREATE (s)-[n:CO_MENTIONED]->(t)
  SET n.articles = articles, n.sentences = sentences
}
CALL (c, articles, sentences) {
  WITH * WHERE c IS NOT NULL
  SET c.articles = c.articles + articles, c.sentences = c.sentences + sentences
}
WITH c
WHERE c.articles <= 0
DELETE c`;

/**
 * Deletes a transaction's worth of CO_MENTIONED or RELATED: what a counting or folding that died
 * left (write-schema.ts).
 */
export const DELETE_SOME = perType(
  ['CO_MENTIONED', FOLDED] as const,
  (type) => `
MATCH ()-[c:${type}]->()
WITH c LIMIT 20000
DELETE c
RETURN count(*) AS deleted`,
);

/** Every article, for counting a store's co-mentions from its mentions. */
export const READ_ARTICLE_IDS = 'MATCH (a:Article) RETURN a.id AS id';

/** Every entity, for folding a store's relations. */
export const READ_ENTITY_IDS = 'MATCH (e:Entity) RETURN e.id AS id';

export const CREATE_RELATIONS: Record<RelationType, string> = perType(
  RELATION_TYPES,
  (type) => `
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
USING INDEX SEEK s:Entity(id)
MATCH (t:Entity {id: row.target})
USING INDEX SEEK t:Entity(id)
CREATE (s)-[r:${type}]->(t)
SET r = row.props`,
);

/**
 * The (source, target) pairs the given articles' relations of one type join, each once, as
 * stored: read before the relations are cleared, so that REFOLD_RELATIONS refolds them.
 */
export const READ_RELATED_PAIRS: Record<RelationType, string> = perType(
  RELATION_TYPES,
  (type) => `
UNWIND $ids AS id
MATCH (s)-[r:${type} {article: id}]->(t)
USING INDEX SEEK r:${type}(article)
RETURN collect(DISTINCT [s.id, t.id]) AS pairs`,
);

/** The pairs some relation of one type joins from the given entities: what an old store folds. */
export const READ_PAIRS_FROM: Record<RelationType, string> = perType(
  RELATION_TYPES,
  (type) => `
UNWIND $ids AS id
MATCH (s:Entity {id: id})
USING INDEX SEEK s:Entity(id)
MATCH (s)-[:${type}]->(t:Entity)
RETURN collect(DISTINCT [s.id, t.id]) AS pairs`,
);

/**
 * Folds the relations of one type between each pair [source, target] of $pairs (each once) into
 * their RELATED {type, count, articles, confidence} (schema.ts), counted again from the relations
 * stored now: created, updated, or deleted when none is left. Run after the statements that clear
 * and create the batch's relations, in their transaction, for every pair they touch, so the
 * folded layer is always exactly what the relations say. Counting again from the relations
 * instead of by deltas keeps the highest confidence exact when the relation holding it goes.
 * A pair whose end was deleted meanwhile took its relations and folded edge with it: skipped.
 */
export const REFOLD_RELATIONS: Record<RelationType, string> = perType(
  RELATION_TYPES,
  (type) => `
UNWIND $pairs AS pair
MATCH (s:Entity {id: pair[0]})
USING INDEX SEEK s:Entity(id)
MATCH (t:Entity {id: pair[1]})
USING INDEX SEEK t:Entity(id)
CALL (s, t) {
  OPTIONAL MATCH (s)-[r:${type}]->(t)
  WITH r ORDER BY r.article
  RETURN count(r) AS count, collect(DISTINCT r.article) AS articles,
         max(r.confidence) AS confidence
}
OPTIONAL MATCH (s)-[f:${FOLDED} {type: '${type}'}]->(t)
CALL (s, t, f, count, articles, confidence) {
  WITH * WHERE f IS NULL AND count > 0
  CREATE (s)-[n:${FOLDED}]->(t)
  SET n.type = '${type}', n.count = count, n.articles = articles, n.confidence = confidence
}
CALL (f, count, articles, confidence) {
  WITH * WHERE f IS NOT NULL AND count > 0
  SET f.count = count, f.articles = articles, f.confidence = confidence
}
WITH f, count
WHERE f IS NOT NULL AND count = 0
DELETE f`,
);

export const DELETE_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
USING INDEX SEEK e:Entity(id)
DETACH DELETE e`;

/** Entities outside a run's complete list: what an interrupted run or an undone correction left. */
export const DELETE_ENTITIES_BUT = `
MATCH (e:Entity)
WHERE NOT e.id IN $ids
DETACH DELETE e`;
