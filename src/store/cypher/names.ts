// The alias index (src/graph/resolve.ts says what it holds and why): the statements ingest runs
// to resolve a batch of articles against the stored corpus without reading the corpus. Each
// lookup is pinned to its index, as in write.ts: a plan made while the index was small or empty
// would otherwise scan every entry once per key.
//
//   (:NameEntry {id, kind, key, value, target?})  one per distinct entry; `target` only on
//       kind 'entity': the corpus-level id that entity resolves to.
//   (:ArticleNames {id})-[:LISTS]->(:NameEntry)  the entries the entities of the article with
//       that id put there. An entry nothing lists is deleted.
//       Apart from the Article node, so that listing a batch first adds no half-written article.

/** Present once the index is: the constraint on its entries (cypher/schema.ts). */
export const INDEX_CONSTRAINT = 'name_entry_id';
export const ANY_ARTICLE = 'MATCH (a:Article) RETURN a.id AS id LIMIT 1';

/** The entries some articles list, of the kinds that tell what their entities were and affect. */
export const READ_LISTED = `
UNWIND $ids AS id
MATCH (a:ArticleNames {id: id})-[:LISTS]->(n:NameEntry)
USING INDEX SEEK a:ArticleNames(id)
WHERE n.kind IN ['entity', 'part', 'acronym']
RETURN DISTINCT n.kind AS kind, n.key AS key, n.value AS value, n.target AS target`;

/** Takes articles out of the index, returning the entries they listed. */
export const UNLIST = `
UNWIND $ids AS id
MATCH (a:ArticleNames {id: id})
USING INDEX SEEK a:ArticleNames(id)
OPTIONAL MATCH (a)-[:LISTS]->(n:NameEntry)
WITH a, collect(n.id) AS entries
DETACH DELETE a
WITH entries
UNWIND entries AS entry
RETURN DISTINCT entry AS id`;

/** Entries no article lists any more. */
export const DELETE_UNLISTED = `
UNWIND $ids AS id
MATCH (n:NameEntry {id: id})
USING INDEX SEEK n:NameEntry(id)
WHERE NOT (n)<-[:LISTS]-()
DELETE n`;

/**
 * The entries some articles list, each once (a country's is in most of them), made where
 * missing. A new entity resolves to itself until the run resolves it.
 */
export const ADD_ENTRIES = `
UNWIND $entries AS e
MERGE (n:NameEntry {id: e.id})
  ON CREATE SET n.kind = e.kind, n.key = e.key, n.value = e.value,
                n.target = CASE e.kind WHEN 'entity' THEN e.key END`;

/** Puts articles in the index, listing entries ADD_ENTRIES made: `entries` are their ids. */
export const LIST = `
UNWIND $articles AS row
CREATE (a:ArticleNames {id: row.article})
WITH a, row
UNWIND row.entries AS id
MATCH (n:NameEntry {id: id})
USING INDEX SEEK n:NameEntry(id)
CREATE (a)-[:LISTS]->(n)`;

/** The values under some keys: `$keys` is a list of {kind, key}. */
export const LOOKUP = `
UNWIND $keys AS k
MATCH (n:NameEntry {kind: k.kind, key: k.key})
USING INDEX n:NameEntry(kind, key)
RETURN k.kind AS kind, k.key AS key, collect(n.value) AS values`;

/** What some entities resolve to now; an entity no article has any more is not returned. */
export const READ_TARGETS = `
UNWIND $ids AS id
MATCH (n:NameEntry {id: id})
USING INDEX SEEK n:NameEntry(id)
RETURN n.key AS entity, n.target AS target`;

export const SET_TARGETS = `
UNWIND $rows AS row
MATCH (n:NameEntry {id: row.id})
USING INDEX SEEK n:NameEntry(id)
SET n.target = row.target`;

/** The articles that list some entries. */
export const LISTING_ARTICLES = `
UNWIND $ids AS id
MATCH (n:NameEntry {id: id})<-[:LISTS]-(a:ArticleNames)
USING INDEX SEEK n:NameEntry(id)
RETURN DISTINCT a.id AS id`;

/** The entities that resolve to some corpus-level ids. */
export const SOURCES = `
UNWIND $targets AS target
MATCH (n:NameEntry {target: target})
USING INDEX n:NameEntry(target)
RETURN target, collect(n.key) AS sources`;

/**
 * Each role of some entities with how many article entities had it. An article has an entity id
 * once, so that is the number of articles listing the role: the node's degree, which Neo4j keeps
 * (no walk over the tens of thousands of articles that name a head of state).
 */
export const ROLE_COUNTS = `
UNWIND $ids AS id
MATCH (n:NameEntry {kind: 'role', key: id})
USING INDEX n:NameEntry(kind, key)
RETURN id AS entity, n.value AS role, COUNT { (n)<-[:LISTS]-() } AS count`;

/** Every entity of the index and what it resolves to: the whole-store repair reads it. */
export const READ_ALL_TARGETS = `
MATCH (n:NameEntry {kind: 'entity'})
RETURN n.key AS entity, n.target AS target`;

/** Part of the index, to be run until it deletes nothing: the whole at once may not fit a transaction. */
export const DELETE_INDEX_PART = `
MATCH (n) WHERE n:NameEntry OR n:ArticleNames
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted`;
