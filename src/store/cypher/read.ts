// Read queries behind the API (src/store/read.ts runs them; see schema.ts for the graph's shape).
// Every value comes in as a parameter. Labels and relationship types are never spliced in: the
// queries compare `e.type` and `type(r)` with lists the caller built from ENTITY_TYPES and
// RELATION_TYPES, so MENTIONED_IN and :Article never leak into a graph view.
//
// Shared parameters of the graph queries:
//   $types        entity types to keep              $relations   relation types to keep
//   $articles     article ids, or null for all      $minConfidence
//   $from, $to    inclusive YYYY-MM-DD bounds on the published date, or null

import { ENTITY_TYPES } from '../../model/types.js';

/** A relation passes the filters. `r` is the relationship variable. */
const relationPasses = (r: string) => `type(${r}) IN $relations
    AND ${r}.confidence >= $minConfidence
    AND ($articles IS NULL OR ${r}.article IN $articles)
    AND ($from IS NULL OR left(${r}.published, 10) >= $from)
    AND ($to IS NULL OR left(${r}.published, 10) <= $to)`;

/** An article passes the article and date filters. */
const articlePasses = (a: string) => `($articles IS NULL OR ${a}.id IN $articles)
    AND ($from IS NULL OR left(${a}.published, 10) >= $from)
    AND ($to IS NULL OR left(${a}.published, 10) <= $to)`;

/**
 * Ranks the entities of a view by how many filtered relations they have, most first, and returns
 * one page of them plus the ids of every entity up to the end of that page (edges may reach back).
 * $seeds (ids or null) keeps only those entities and their filtered neighbours; $scoped says that
 * an article or date filter is set, so an entity must be mentioned in a passing article.
 */
export const GRAPH_RANK = `
MATCH (e:Entity)
WHERE e.type IN $types
  AND ($seeds IS NULL OR e.id IN $seeds OR EXISTS {
    MATCH (e)-[r]-(s:Entity)
    WHERE s.id IN $seeds AND s.type IN $types AND ${relationPasses('r')}
  })
  AND (NOT $scoped OR EXISTS {
    MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE ${articlePasses('a')}
  })
WITH e, COUNT {
  MATCH (e)-[r]-(o:Entity) WHERE o.type IN $types AND ${relationPasses('r')}
} AS degree
WHERE $isolated OR degree > 0 OR e.id IN coalesce($seeds, [])
WITH e.id AS id, degree
ORDER BY degree DESC, id
WITH collect(id) AS ranked
RETURN size(ranked) AS total,
       ranked[$offset..($offset + $limit)] AS page,
       ranked[0..($offset + $limit)] AS known`;

/** The entities with these ids, with their filtered degree. */
export const GRAPH_NODES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role,
       coalesce(e.aliases, [])[0..6] AS aliases,
       COUNT { MATCH (e)-[r]-(o:Entity) WHERE o.type IN $types AND ${relationPasses('r')} } AS degree,
       COUNT { (e)-[:MENTIONED_IN]->(:Article) } AS articles`;

/**
 * Filtered relations from the entities in $pageIds to any entity in $known, folded into one edge
 * per (source, type, target), strongest first. A relation between two entities of the page is
 * met from both ends; only the walk from the smaller id keeps it.
 */
export const GRAPH_EDGES = `
UNWIND $pageIds AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE b.id IN $known
  AND (NOT b.id IN $pageIds OR id <= b.id)
  AND ${relationPasses('r')}
WITH startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r
WITH source, target, type,
     count(r) AS count, max(r.confidence) AS confidence, collect(DISTINCT r.article) AS articles
ORDER BY count DESC, source, target, type
LIMIT $maxEdges
RETURN source, target, type, count, confidence, articles`;

/** The strongest filtered neighbours of one entity, for "expand" on the page. */
export const NEIGHBOURS = `
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE o.type IN $types AND ${relationPasses('r')}
WITH o, count(r) AS strength
ORDER BY strength DESC, o.id
LIMIT $limit
RETURN collect(o.id) AS ids`;

/**
 * One shortest chain of filtered relations between two entities, ignoring direction, at most
 * 8 hops. Articles are never stepping stones: only relation types from $relations are walked.
 */
export const SHORTEST_PATH = `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = shortestPath((a)-[rels*..8]-(b))
WHERE all(r IN rels WHERE ${relationPasses('r')})
  AND all(n IN nodes(p) WHERE n.type IN $types)
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS steps`;

/** One entity, the articles that mention it, and how many relations it has. */
export const ENTITY = `
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .type, .role, aliases: coalesce(e.aliases, [])} AS entity,
       [(e)-[m:MENTIONED_IN]->(a:Article) | a {.id, .title, .outlet, .published, mentions: m.count}]
         AS articles,
       COUNT { MATCH (e)-[r]-(:Entity) WHERE type(r) IN $relations } AS relationsTotal`;

/** Every relation of one entity with its evidence and article, newest article first. */
export const ENTITY_RELATIONS = `
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) IN $relations
OPTIONAL MATCH (a:Article {id: r.article})
RETURN r {.id, .evidence, .trigger, .confidence, .modality, .claim, .cameo, .article} AS relation,
       type(r) AS type,
       startNode(r) = e AS outgoing,
       o {.id, .name, .type} AS other,
       a {.id, .title, .outlet, .published} AS article
ORDER BY coalesce(a.published, '') DESC, type, other.name, r.start
LIMIT $limit`;

/**
 * Name search through the fulltext index `entity_names` (schema.ts): $query is a Lucene query
 * built by luceneQuery(), prefix and typo-tolerant, case and accent insensitive.
 */
export const SEARCH_FULLTEXT = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE node.type IN $types
RETURN node.id AS id, node.name AS name, node.type AS type,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name), node.id`;

/**
 * The same search without the fulltext index (a store written before it existed): substring
 * match on lower-cased names and aliases, name prefixes first.
 */
export const SEARCH_SCAN = `
MATCH (e:Entity)
WHERE e.type IN $types
WITH e, [n IN [e.name] + coalesce(e.aliases, []) WHERE toLower(n) CONTAINS $needle] AS hits
WHERE size(hits) > 0
WITH e, hits,
     CASE WHEN toLower(e.name) STARTS WITH $needle THEN 3.0
          WHEN any(h IN hits WHERE toLower(h) STARTS WITH $needle) THEN 2.0
          ELSE 1.0 END AS score
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, score
ORDER BY score DESC, size(e.name), e.id
LIMIT $limit`;

/** How many articles match $q (a lower-cased title substring or id prefix, or null). */
export const ARTICLE_COUNT = `
MATCH (a:Article)
WHERE $q IS NULL OR toLower(a.title) CONTAINS $q OR a.id STARTS WITH $q
RETURN count(a) AS total`;

/** One page of those articles, newest first, with how many entities and relations each gave. */
export const ARTICLE_PAGE = `
MATCH (a:Article)
WHERE $q IS NULL OR toLower(a.title) CONTAINS $q OR a.id STARTS WITH $q
WITH a ORDER BY coalesce(a.published, '') DESC, a.id
SKIP $offset LIMIT $limit
RETURN a {.id, .title, .outlet, .published, .language} AS article,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT {
         MATCH (e:Entity)-[:MENTIONED_IN]->(a)
         MATCH (e)-[r]->(:Entity)
         WHERE r.article = a.id AND type(r) IN $relations
       } AS relations`;

export const STATS_ARTICLES = `
MATCH (a:Article)
RETURN count(a) AS articles, min(left(a.published, 10)) AS from, max(left(a.published, 10)) AS to`;

export const STATS_ENTITY_TYPES = `
MATCH (e:Entity)
RETURN e.type AS type, count(e) AS count`;

export const STATS_RELATION_TYPES = `
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $relations
RETURN type(r) AS type, count(r) AS count`;

/** Filters of a view with the values written in, for viewCypher(). */
export interface ViewCypherInput {
  types: readonly string[];
  relations: readonly string[];
  articles: readonly string[] | null;
  from: string | null;
  to: string | null;
  minConfidence: number;
  seeds: readonly string[] | null;
  limit: number;
}

/**
 * Cypher an analyst can paste into Neo4j Browser to see the current view there. Values are
 * written as literals (JSON string syntax is valid Cypher), since the Browser has no parameters.
 */
export function viewCypher(view: ViewCypherInput): string {
  const lit = (value: unknown) => JSON.stringify(value);
  const where = [`type(r) IN ${lit(view.relations)}`];
  if (view.types.length < ENTITY_TYPES.length) {
    where.push(`a.type IN ${lit(view.types)} AND b.type IN ${lit(view.types)}`);
  }
  if (view.minConfidence > 0) where.push(`r.confidence >= ${view.minConfidence}`);
  if (view.articles) where.push(`r.article IN ${lit(view.articles)}`);
  if (view.from) where.push(`left(r.published, 10) >= ${lit(view.from)}`);
  if (view.to) where.push(`left(r.published, 10) <= ${lit(view.to)}`);
  if (view.seeds) where.push(`(a.id IN ${lit(view.seeds)} OR b.id IN ${lit(view.seeds)})`);
  return [
    'MATCH p = (a:Entity)-[r]->(b:Entity)',
    `WHERE ${where.join('\n  AND ')}`,
    'RETURN p',
    `LIMIT ${view.limit}`,
  ].join('\n');
}

/**
 * Turns what a person typed into a Lucene query for SEARCH_FULLTEXT: every word must match,
 * whole (ranked first), as a prefix ("netan" → Netanyahu) or within one or two typos ("witkof" →
 * Witkoff). Only letters and digits survive, so no Lucene syntax can be injected. Returns null
 * when nothing is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, 6);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      // The exact word is boosted: "42" should find Person 42 before Person 420.
      if (w.length < 4) return `(${w}^4 OR ${w}*)`;
      const edits = w.length < 7 ? 1 : 2;
      return `(${w}^4 OR ${w}* OR ${w}~${edits})`;
    })
    .join(' AND ');
}
