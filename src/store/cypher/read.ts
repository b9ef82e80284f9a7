// Read queries behind the API (src/store/read.ts runs them; see schema.ts for the graph's shape).
// Every value comes in as a parameter. Labels are never spliced in; relationship types are, into
// the graph queries' patterns, but only from RELATION_TYPES itself (walk() filters that constant by
// the request), so MENTIONED_IN and :Article never leak into a graph view and no request text ever
// reaches the Cypher. The graph queries are built from a view's filters (src/model/filters.ts):
// each set filter adds its own tests, an unset one adds none, so the default view counts degrees
// from the store without reading any relationship. A filter's value is the parameter `$<key>`.

import {
  filterOf,
  setFilters,
  type CypherTests,
  type FilterKey,
  type FilterValues,
} from '../../model/filters.js';
import { CO_MENTIONED, RELATION_TYPES } from '../../model/types.js';
import { FOLDED } from './schema.js';

/** The parameters a view's queries read: the value of each set filter that has a test. */
export function filterParams(filters: FilterValues): Record<string, unknown> {
  return Object.fromEntries(
    setFilters(filters)
      .filter((k) => filterOf(k).cypher !== null)
      .map((k) => [k, filters[k]]),
  );
}

/** The tests the view's set filters make of one thing, named `v` in the query. */
const testsOn = (filters: FilterValues, on: keyof CypherTests, v: string): string[] =>
  setFilters(filters).flatMap((k) => {
    const test = filterOf(k).cypher?.[on];
    return test ? [test(v)] : [];
  });

/** `[r:MET_WITH|...]`: every type comes from RELATION_TYPES, never from the request. */
const walk = (r: string, filters: FilterValues, hops = '') =>
  `[${r}:${RELATION_TYPES.filter((t) => filters.relations.includes(t)).join('|')}${hops}]`;

/** The tests a view asks of each relationship `r` it walks and, unless null, of its far end `o`. */
const relationTests = (r: string, o: string | null, filters: FilterValues): string[] => [
  ...(o === null ? [] : testsOn(filters, 'entity', o)),
  ...testsOn(filters, 'relation', r),
];

/** `WHERE a AND b` on a line of its own, or nothing for no tests. */
const where = (tests: readonly string[], indent = '') =>
  tests.length === 0 ? '' : `\n${indent}WHERE ${tests.join(`\n${indent}  AND `)}`;

/**
 * The relationships `rel` (a pattern naming `name`, as `[f:RELATED]`) between the page entity
 * `id` and a known entity, each walked once, from its start node: out of the page to $known and,
 * when there are earlier pages, into it from $earlier. An undirected walk would meet every
 * relationship within the page twice and read both ends' ids to tell source from target. Rows
 * are `source`, `target` and `returns`, branches of a UNION ALL inside `CALL (id) { … }`.
 *
 * The plan is pinned: the page entity by an index seek (a hint), the far end's id tested after
 * a WITH, where no index can answer it. Planned from statistics a bulk write had just outdated,
 * Neo4j once scanned the whole id index for every page entity instead (3 s at 10k entities, not
 * 0.2 s); a test on the far end in the MATCH would also let it seek every known entity and pair
 * the ends.
 */
function pageWalk(
  rel: { pattern: string; name: string },
  tests: readonly string[],
  returns: string,
  earlier: boolean,
): string {
  const branch = (arrow: string, ends: string, known: string) => `
    MATCH (a:Entity {id: id})${arrow}(b)
    USING INDEX SEEK a:Entity(id)
    WITH id, ${rel.name}, b.id AS other${where([`other IN ${known}`, ...tests], '    ')}
    RETURN ${ends}, ${returns}`;
  const out = branch(`-${rel.pattern}->`, 'id AS source, other AS target', '$known');
  const back = branch(`<-${rel.pattern}-`, 'other AS source, id AS target', '$earlier');
  return (earlier ? [out, back] : [out]).join('\n    UNION ALL');
}

/**
 * Co-mentions (src/model/filters.ts, `comention`) over the whole corpus are the CO_MENTIONED
 * relationships the writer keeps from the mentions (cypher/write.ts, COUNT_COMENTIONS), one a
 * pair from the smaller id to the larger with its counts (`storedWeight`). A view narrowed to
 * some articles (an article, date or undated filter) reads them from the mentions instead, with
 * the pattern and tests below: `e` and `o` are co-mentioned in article `a` when both have a
 * MENTIONED_IN to it (`m`, `n`) and, at the sentence grain, their `sentences` lists share an
 * index; the weight of one article is its shared sentences, or 1 at the article grain.
 */
const isScoped = (filters: FilterValues) => testsOn(filters, 'article', 'a').length > 0;

/** A stored pair `c`'s weight at the view's grain: a pair of the view when above 0. */
const storedWeight = (filters: FilterValues, c = 'c') =>
  filters.comention === 'sentence' ? `${c}.sentences` : `${c}.articles`;

const coMentionPattern = (e: string, o: string) =>
  `(${e})-[m:MENTIONED_IN]->(a:Article)<-[n:MENTIONED_IN]-(${o}:Entity)`;

/** How much one article co-mentions the two ends of `m` and `n`: shared sentences, or 1. */
const coMentionWeight = (filters: FilterValues, m = 'm', n = 'n') =>
  filters.comention === 'sentence'
    ? `size([s IN coalesce(${m}.sentences, []) WHERE s IN coalesce(${n}.sentences, [])])`
    : '1';

/** The tests one co-mention of `e` and `o` through `a` must pass: other ends, articles, dates. */
const coMentionTests = (filters: FilterValues, e: string, o: string, entityTests = true) => [
  `${o} <> ${e}`,
  ...(entityTests ? testsOn(filters, 'entity', o) : []),
  ...testsOn(filters, 'article', 'a'),
];

/** The co-mentions of `e` with `o` in a view, as a pattern, its tests and each row's weight. */
const coMentions = (filters: FilterValues, e: string, o: string) =>
  isScoped(filters)
    ? {
        pattern: coMentionPattern(e, o),
        tests: coMentionTests(filters, e, o, false),
        weight: coMentionWeight(filters),
      }
    : {
        pattern: `(${e})-[c:${CO_MENTIONED}]-(${o})`,
        tests: [] as string[],
        weight: storedWeight(filters),
      };

/**
 * The relations of `e` that pass the filters, as a COUNT subquery. With no test on the far end or
 * the relationship it is a bare pattern, which Neo4j answers from the node's degree. With every
 * relation type it is the node's whole degree less its mentions, co-mentions and folded
 * relations: an entity has no other relationships (schema.ts), and a typed count walks a small
 * node's relationships once per type.
 */
const degreeOf = (e: string, filters: FilterValues) =>
  filters.comention === 'off'
    ? typedDegreeOf(e, filters)
    : `${typedDegreeOf(e, filters)} + ${coMentionDegreeOf(e, filters)}`;

/**
 * What co-mentions add to `e`'s rank, at either grain: the articles that name it and pass the
 * article filters. Over the whole corpus Neo4j keeps that count with the node; the sentences
 * naming it would read every mention's list (a second at 10k articles).
 */
const coMentionDegreeOf = (e: string, filters: FilterValues) =>
  isScoped(filters)
    ? `COUNT { MATCH (${e})-[:MENTIONED_IN]->(a:Article)${where(testsOn(filters, 'article', 'a'), '    ')} }`
    : `COUNT { (${e})-[:MENTIONED_IN]->() }`;

const typedDegreeOf = (e: string, filters: FilterValues) => {
  const tests = relationTests('r', 'o', filters);
  if (tests.length > 0)
    return `COUNT { MATCH (${e})-${walk('r', filters)}-(o)${where(tests, '    ')} }`;
  return RELATION_TYPES.every((t) => filters.relations.includes(t))
    ? `COUNT { (${e})--() } - COUNT { (${e})-[:MENTIONED_IN]->() } - COUNT { (${e})-[:${CO_MENTIONED}]-() } - COUNT { (${e})-[:${FOLDED}]-() }`
    : `COUNT { (${e})-${walk('r', filters)}-() }`;
};

/**
 * Ranks the entities of a view by how many filtered relations they have, most first, and returns
 * one page of them with their degree, plus the ids of the entities ranked before that page (its
 * edges may reach back to them). With $seeds (ids) only those entities and their filtered
 * neighbours are kept; with an article or date filter an entity must be mentioned in a passing
 * article.
 */
export function graphRank(filters: FilterValues, options: { seeds: boolean }) {
  const tests = testsOn(filters, 'entity', 'e');
  if (options.seeds) {
    const near = [
      `EXISTS {
    MATCH (e)-${walk('r', filters)}-(s)${where(['s.id IN $seeds', ...relationTests('r', 's', filters)], '    ')}
  }`,
    ];
    if (filters.comention !== 'off') {
      const co = coMentions(filters, 'e', 's');
      near.push(`EXISTS {
    MATCH ${co.pattern}${where(['s.id IN $seeds', ...co.tests, `${co.weight} > 0`], '    ')}
  }`);
    }
    tests.push(`(e.id IN $seeds OR ${near.join(' OR ')})`);
  }
  const scoped = testsOn(filters, 'article', 'a');
  if (scoped.length > 0) {
    tests.push(`EXISTS { MATCH (e)-[:MENTIONED_IN]->(a:Article)${where(scoped, '    ')} }`);
  }
  const keep = filters.isolated ? [] : ['degree > 0', ...(options.seeds ? ['e.id IN $seeds'] : [])];
  return `
MATCH (e:Entity)${where(tests)}
WITH e.id AS id, ${degreeOf('e', filters)} AS degree${keep.length > 0 ? `\nWHERE ${keep.join(' OR ')}` : ''}
ORDER BY degree DESC, id
WITH collect({id: id, degree: degree}) AS ranked
RETURN size(ranked) AS total,
       ranked[$offset..($offset + $limit)] AS page,
       [r IN ranked[0..$offset] | r.id] AS earlier`;
}

/**
 * The entities with these ids, each found by an index seek the hint pins (see graphEdges). With
 * `degree`, also their filtered degree; a ranked page already has it from graphRank() and does
 * not count again.
 */
export function graphNodes(filters: FilterValues, options: { degree: boolean }) {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
USING INDEX SEEK e:Entity(id)
RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role,
       coalesce(e.aliases, [])[0..6] AS aliases,${options.degree ? `\n       ${degreeOf('e', filters)} AS degree,` : ''}
       COUNT { (e)-[:MENTIONED_IN]->() } AS articles`;
}

/**
 * Whether a view's relations can be read folded (RELATED, schema.ts): when it tests nothing of a
 * relation itself (its article, date or confidence), each folded edge is exactly the edge the
 * view draws for its pair and type.
 */
const foldable = (filters: FilterValues) => testsOn(filters, 'relation', 'r').length === 0;

/** The view's relation types as a test of a folded edge `f`, or none when it walks every type. */
const foldedTypes = (filters: FilterValues, f: string): string[] => {
  const types = RELATION_TYPES.filter((t) => filters.relations.includes(t));
  return types.length === RELATION_TYPES.length ? [] : [`${f}.type IN ${JSON.stringify(types)}`];
};

/**
 * The edges between the entities in $pageIds and any entity in $known (the page and $earlier, the
 * pages before it), one per (source, type, target): rows of lists [source, target, type, count,
 * confidence, articles] (EdgeList, read-rows.ts), which the reader ranks.
 *
 * Unless the view tests the relations themselves, the writer has folded them already (RELATED,
 * cypher/write.ts): the first page of a ranked view of the whole graph (`strongest`) reads its
 * $maxEdges strongest folded edges in order from the index on their count, keeping those whose
 * ends are both on the page, and stops there (on a 10k-article news graph, 5.5k folded edges
 * read and 41k database hits, against 79k relations and 388k hits to fold them here). Among
 * equal counts the index's order decides which make the cut. The index is pinned by a hint:
 * planned from the statistics of a store just written, Neo4j sorted every folded edge instead.
 * It lists each edge's articles by count only: the 5,000 strongest cite some 49k articles, which
 * took the query from about 0.1 s to 0.3–1 s; the edge panel lists them for one edge. Other pages
 * walk their entities' folded edges (pageWalk), articles included. A view testing relations walks
 * and folds them here (relationEdges).
 */
export function graphEdges(
  filters: FilterValues,
  options: { earlier: boolean; strongest: boolean },
) {
  if (!foldable(filters)) return relationEdges(filters, options);
  if (options.strongest && !options.earlier) {
    return `
MATCH (s:Entity)-[f:${FOLDED}]->(t:Entity)
USING INDEX f:${FOLDED}(count)${where(['f.count > 0', ...foldedTypes(filters, 'f')])}
WITH s, t, f
ORDER BY f.count DESC
WHERE s.id IN $pageIds AND t.id IN $pageIds
WITH s, t, f
LIMIT $maxEdges
RETURN collect([s.id, t.id, f.type, f.count, f.confidence, [], size(f.articles)]) AS edges`;
  }
  const folded = { pattern: `[f:${FOLDED}]`, name: 'f' };
  return `
UNWIND $pageIds AS id
CALL (id) {
  CALL (id) {${pageWalk(folded, foldedTypes(filters, 'f'), 'f', options.earlier)}
  }
  RETURN collect([source, target, f.type, f.count, f.confidence, f.articles]) AS edges
}
RETURN edges`;
}

/**
 * Filtered relations between the page and $known (pageWalk), folded here, for a view that tests
 * relations themselves: one row per page entity, its edges as EdgeLists whose `articles` repeat
 * an article for each further sentence.
 *
 * Folding one entity at a time keeps each grouping small: one grouping of the whole page's 80k
 * relations (a realistic 10k-article corpus) cost twice the server time, and a DISTINCT over each
 * edge's articles as much again, while the reader takes out repeats and ranks the edges for less.
 */
function relationEdges(filters: FilterValues, options: { earlier: boolean }) {
  const relations = { pattern: walk('r', filters), name: 'r' };
  const tests = relationTests('r', null, filters);
  return `
UNWIND $pageIds AS id
CALL (id) {
  CALL (id) {${pageWalk(relations, tests, 'r', options.earlier)}
  }
  WITH source, target, type(r) AS type,
       count(r) AS count, max(r.confidence) AS confidence, collect(r.article) AS articles
  RETURN collect([source, target, type, count, confidence, articles]) AS edges
}
RETURN edges`;
}

/**
 * At most this many co-mentions are drawn in a ranked view of the whole graph: its strongest.
 * The 2,000 entities of a page of a news corpus share some 200k pairs.
 */
export const STRONGEST_CO_MENTIONS = 5_000;

/**
 * The co-mentions between the entities in $pageIds and any in $known (the edges graphEdges draws
 * for typed relations), one CO_MENTIONED edge a pair from the smaller id to the larger, weighted
 * by shared sentences or articles, strongest first. In a ranked view of the whole graph
 * (`strongest`) only those among its STRONGEST_CO_MENTIONS strongest: a page of hubs shares
 * hundreds of thousands. Each edge says how many articles name both (`articleCount`); which
 * they are it lists only in a narrowed view, which pairs them from its articles' mentions anyway.
 * Otherwise the edge panel reads them for its one pair (coMentionsBetween): a hub pair has
 * thousands, and a list a pair would be as many rows again as the page.
 */
export function coMentionEdges(
  filters: FilterValues,
  options: { earlier: boolean; strongest: boolean },
) {
  const pairs = isScoped(filters)
    ? scopedCoMentions(filters)
    : options.strongest
      ? strongestCoMentions(filters)
      : storedCoMentions(filters, options);
  return `${pairs}
WHERE count > 0
ORDER BY count DESC, source, target
LIMIT $maxEdges
RETURN source, target, '${CO_MENTIONED}' AS type, count, 0.0 AS confidence, articles, articleCount`;
}

/**
 * The view's strongest stored pairs, read strongest first from the weight's index and cut after
 * STRONGEST_CO_MENTIONS, then kept when both ends are drawn: a ranked page costs the same
 * whatever the hubs on it share.
 */
function strongestCoMentions(filters: FilterValues) {
  const weight = storedWeight(filters);
  const tests = [
    `${weight} > 0`,
    ...testsOn(filters, 'entity', 's'),
    ...testsOn(filters, 'entity', 't'),
  ];
  return `
MATCH (s:Entity)-[c:${CO_MENTIONED}]->(t:Entity)${where(tests)}
WITH s.id AS source, t.id AS target, ${weight} AS count, c.articles AS articleCount
ORDER BY count DESC, source, target
LIMIT ${STRONGEST_CO_MENTIONS}
WITH source, target, count, articleCount
WHERE source IN $known AND target IN $known AND (source IN $pageIds OR target IN $pageIds)
WITH source, target, count, articleCount, [] AS articles`;
}

/** The stored pairs, walked as graphEdges walks relations: out of the page, in from before it. */
function storedCoMentions(filters: FilterValues, options: { earlier: boolean }) {
  const pairs = { pattern: `[c:${CO_MENTIONED}]`, name: 'c' };
  const returns = `${storedWeight(filters)} AS count, c.articles AS articleCount`;
  return `
UNWIND $pageIds AS id
CALL (id) {${pageWalk(pairs, [], returns, options.earlier)}
}
WITH source, target, count, articleCount, [] AS articles`;
}

/**
 * In a narrowed view, article by article: each article in view the page's entities are named in
 * once, its known entities grouped by sentence (or all together at the article grain), and pairs
 * made within each group. Walking out of every page entity instead would read each article once
 * per entity in it.
 */
function scopedCoMentions(filters: FilterValues) {
  const group =
    filters.comention === 'sentence'
      ? 'UNWIND coalesce(m.sentences, []) AS s\nWITH a, s, collect(x.id) AS named'
      : 'WITH a, collect(x.id) AS named';
  return `
UNWIND $pageIds AS id
MATCH (:Entity {id: id})-[:MENTIONED_IN]->(a:Article)
WITH DISTINCT a${where(testsOn(filters, 'article', 'a'))}
MATCH (a)<-[m:MENTIONED_IN]-(x:Entity)
WHERE x.id IN $known
${group}
WHERE size(named) > 1
UNWIND named AS source
UNWIND named AS target
WITH a.id AS article, source, target
WHERE source < target AND (source IN $pageIds OR target IN $pageIds)
WITH source, target, count(*) AS count, collect(DISTINCT article) AS articles
WITH source, target, count, size(articles) AS articleCount, articles`;
}

/** The strongest filtered neighbours of one entity, for "expand" on the page. */
export function neighbours(filters: FilterValues) {
  const typed = `
  MATCH (e:Entity {id: $id})-${walk('r', filters)}-(o)${where(relationTests('r', 'o', filters), '  ')}
  RETURN o, count(r) AS strength`;
  const co = coMentions(filters, 'e', 'o');
  const coMentioned = `
  MATCH (e:Entity {id: $id})
  MATCH ${co.pattern}${where([...co.tests, ...testsOn(filters, 'entity', 'o')], '  ')}
  RETURN o, sum(${co.weight}) AS strength`;
  return `
CALL () {${filters.comention === 'off' ? typed : `${typed}\n  UNION ALL${coMentioned}`}
}
WITH o, sum(strength) AS strength
WHERE strength > 0
ORDER BY strength DESC, o.id
LIMIT $limit
RETURN collect(o.id) AS ids`;
}

/**
 * One shortest chain of filtered relations between two entities, ignoring direction, at most
 * 8 hops. Articles are never stepping stones: only the view's relation types are walked. With
 * co-mentions by article, coMentionPath(); by sentence, read-graph.ts walks pathFrontier().
 */
export function shortestPath(filters: FilterValues) {
  const steps = relationTests('r', null, filters);
  const stops = testsOn(filters, 'entity', 'n');
  if (filters.comention !== 'off') return coMentionPath(filters, steps, stops);
  const path = [
    ...(steps.length > 0 ? [`all(r IN rels WHERE ${steps.join(' AND ')})`] : []),
    ...(stops.length > 0 ? [`all(n IN nodes(p) WHERE ${stops.join(' AND ')})`] : []),
  ];
  return `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = shortestPath((a)-${walk('rels', filters, '*..8')}-(b))${where(path)}
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS steps`;
}

/**
 * A shortest path that may also step from an entity through an article to another entity it
 * shares (a co-mention: two hops, so up to 16). Articles pass the article tests, entities the
 * entity tests. read-graph.ts folds each entity–article–entity into one CO_MENTIONED step.
 *
 * The article grain only: a test that two consecutive mentions share a sentence spans two
 * relationships, which shortestPath cannot check as it searches, and Neo4j then falls back to
 * enumerating every path (minutes on the corpus, not milliseconds). The sentence grain walks
 * pathFrontier() level by level instead.
 */
function coMentionPath(filters: FilterValues, steps: string[], stops: string[]) {
  const articleStops = testsOn(filters, 'article', 'n');
  const stop = (tests: string[]) => (tests.length > 0 ? tests.join(' AND ') : 'true');
  const path = [
    ...(steps.length > 0
      ? [`all(r IN rels WHERE type(r) = 'MENTIONED_IN' OR (${steps.join(' AND ')}))`]
      : []),
    `all(n IN nodes(p) WHERE CASE WHEN n:Article THEN ${stop(articleStops)} ELSE ${stop(stops)} END)`,
  ];
  const types = [...RELATION_TYPES.filter((t) => filters.relations.includes(t)), 'MENTIONED_IN'];
  return `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = shortestPath((a)-[rels:${types.join('|')}*..16]-(b))${where(path)}
RETURN [n IN nodes(p) | CASE WHEN n:Article THEN null ELSE n.id END] AS ids,
       [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS steps`;
}

/**
 * One level of a breadth-first path search at the sentence grain (read-graph.ts): every step out
 * of the entities in $frontier to one not in $seen, through a filtered relation or a sentence
 * both name — the edges the view draws, so a path never takes a step the graph does not show.
 * A typed step says which way its relationship runs; a co-mention has no direction.
 */
export function pathFrontier(filters: FilterValues) {
  const co = [...coMentionTests(filters, 'e', 'o'), `${coMentionWeight(filters)} > 0`];
  return `
UNWIND $frontier AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-${walk('r', filters)}-(o:Entity)${where(relationTests('r', 'o', filters), '  ')}
  RETURN o, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target
  UNION
  MATCH ${coMentionPattern('e', 'o')}${where(co, '  ')}
  RETURN o, '${CO_MENTIONED}' AS type, null AS source, null AS target
}
WITH id, o.id AS to, type, source, target
WHERE NOT to IN $seen
RETURN id AS from, to, type, source, target
ORDER BY from, to, type, source`;
}

/** One piece of evidence seen from one end, in the columns relationOf (read-rows.ts) decodes. */
const evidenceColumns = (rel: string, self: string, other: string, article: string) =>
  `${rel} {.id, .start, .evidence, .trigger, .confidence, .modality, .claim, .cameo, .article} AS relation,
       type(${rel}) AS type,
       startNode(${rel}) = ${self} AS outgoing,
       ${other} {.id, .name, .type} AS other,
       ${article} {.id, .title, .outlet, .published} AS article`;

/**
 * Every filtered relation between two entities, either way, with its article: the evidence
 * behind the edges the page draws between them, one row a sentence.
 */
export function evidenceBetween(filters: FilterValues) {
  const tests = [...testsOn(filters, 'entity', 'a'), ...relationTests('r', 'b', filters)];
  return `
MATCH (a:Entity {id: $source})-${walk('r', filters)}-(b:Entity {id: $target})${where(tests)}
OPTIONAL MATCH (art:Article {id: r.article})
RETURN ${evidenceColumns('r', 'a', 'b', 'art')}
ORDER BY type, coalesce(art.published, '') DESC, art.id, r.start
LIMIT $limit`;
}

/**
 * The articles that co-mention two entities and pass the filters, with the sentences that name
 * both (their indexes; none when neither mention knows its sentences), newest first: read from
 * the two entities' mentions, what COUNT_COMENTIONS (cypher/write.ts) counts for the pair.
 */
export function coMentionsBetween(filters: FilterValues) {
  const tests = [...testsOn(filters, 'article', 'a')];
  if (filters.comention === 'sentence') tests.push(`${coMentionWeight(filters)} > 0`);
  return `
MATCH (e:Entity {id: $source})-[m:MENTIONED_IN]->(a:Article)<-[n:MENTIONED_IN]-(o:Entity {id: $target})${where(tests)}
RETURN a {.id, .title, .outlet, .published} AS article,
       [s IN coalesce(m.sentences, []) WHERE s IN coalesce(n.sentences, [])] AS sentences
ORDER BY coalesce(a.published, '') DESC, a.id
LIMIT $limit`;
}

/** Each piece of evidence that passes the filters, as (s)-[r]->(o), read once from its start. */
function evidenceMatch(filters: FilterValues): string {
  const tests = [
    ...testsOn(filters, 'entity', 's'),
    ...testsOn(filters, 'entity', 'o'),
    ...testsOn(filters, 'relation', 'r'),
  ];
  return `MATCH (s:Entity)-${walk('r', filters)}->(o:Entity)${where(tests)}`;
}

/**
 * Whether a view's evidence can be counted from its articles alone: it keeps every entity type and
 * relation type, and each test it makes of a relation it makes of the relation's article too
 * (the article, date and undated filters; not the confidence).
 */
const perArticle = (filters: FilterValues) =>
  testsOn(filters, 'entity', 'e').length === 0 &&
  RELATION_TYPES.every((t) => filters.relations.includes(t)) &&
  setFilters(filters).every((k) => !filterOf(k).cypher?.relation || filterOf(k).cypher?.article);

/**
 * Evidence that passes the filters, counted by its article's published day (null: undated),
 * for the timeline. When the articles can tell (perArticle), from each article's count of its
 * relations, kept by the writer (`relations`; a store written before it counts them through the
 * per-type article indexes): 10k articles, not 100k relations. Otherwise each relation is read
 * once, from its start node.
 */
export function timeline(filters: FilterValues) {
  if (perArticle(filters)) {
    return `
MATCH (a:Article)${where(testsOn(filters, 'article', 'a'))}
WITH a, coalesce(a.relations, COUNT { ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.article = a.id }) AS relations
WHERE relations > 0
RETURN left(a.published, 10) AS day, sum(relations) AS evidence, count(a) AS articles
ORDER BY day`;
  }
  return `
${evidenceMatch(filters)}
WITH left(r.published, 10) AS day, r
RETURN day, count(r) AS evidence, count(DISTINCT r.article) AS articles
ORDER BY day`;
}

/**
 * Every piece of evidence that passes the filters, with both ends and its article, for the CSV
 * export: one row a relationship, read once from its start node, by article and position.
 */
export function evidenceRows(filters: FilterValues) {
  return `
${evidenceMatch(filters)}
WITH s, r, o
ORDER BY r.article, r.start, type(r)
LIMIT $limit
OPTIONAL MATCH (a:Article {id: r.article})
RETURN s {.id, .name, .type} AS source, type(r) AS type, o {.id, .name, .type} AS target,
       r {.id, .start, .evidence, .trigger, .confidence, .modality, .claim, .cameo, .article} AS relation,
       a {.id, .title, .outlet, .published} AS article`;
}

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
RETURN ${evidenceColumns('r', 'e', 'o', 'a')}
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

/** One page of the articles matching $q, newest first: the list ARTICLE_PAGE and ARTICLE_EDGES read. */
const ARTICLES_LISTED = `
MATCH (a:Article)
WHERE $q IS NULL OR toLower(a.title) CONTAINS $q OR a.id STARTS WITH $q
WITH a ORDER BY coalesce(a.published, '') DESC, a.id
SKIP $offset LIMIT $limit`;

/**
 * One page of those articles, newest first, with how many entities and relations each gave.
 * Relations are found by their `article` property through the per-type indexes (schema.ts), not
 * through the article's entities: a hub entity has thousands of relations from other articles.
 */
export const ARTICLE_PAGE = `${ARTICLES_LISTED}
RETURN a {.id, .title, .outlet, .published, .language} AS article,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT { ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.article = a.id } AS relations`;

/**
 * For the same page of articles as ARTICLE_PAGE, the edges of a view each one is evidence for,
 * as [type, source, target] (the reader makes them edge ids): its relations that pass the view's
 * relation tests, found through the per-type article indexes, and with co-mentions on, the pairs
 * of entities it names (in one sentence, at the sentence grain) when it passes the article tests.
 * The page counts those it draws: how many edges in view an article backs, exactly, whether or
 * not the view's edges list their articles (a ranked first page and whole-corpus co-mentions do
 * not). Entity tests are left to the page: an edge whose end the view drops is not drawn. An
 * article backing nothing in the view has no row.
 */
export function articleEdges(filters: FilterValues) {
  const typed = `
  MATCH (s:Entity)-${walk('r', filters)}->(o:Entity)${where(['r.article = a.id', ...testsOn(filters, 'relation', 'r')], '  ')}
  RETURN [type(r), s.id, o.id] AS edge`;
  const group =
    filters.comention === 'sentence'
      ? 'UNWIND coalesce(m.sentences, []) AS sentence\n  WITH sentence, collect(x.id) AS named'
      : 'WITH collect(x.id) AS named';
  const coMentioned = `
  MATCH (a)<-[m:MENTIONED_IN]-(x:Entity)${where(testsOn(filters, 'article', 'a'), '  ')}
  ${group}
  UNWIND named AS source
  UNWIND named AS target
  WITH source, target
  WHERE source < target
  RETURN ['${CO_MENTIONED}', source, target] AS edge`;
  return `${ARTICLES_LISTED}
CALL (a) {${filters.comention === 'off' ? typed : `${typed}\n  UNION${coMentioned}`}
}
RETURN a.id AS id, collect(DISTINCT edge) AS edges`;
}

/** One article with its counts, as ARTICLE_PAGE gives each. */
export const ARTICLE = `
MATCH (a:Article {id: $id})
RETURN a {.id, .title, .outlet, .published, .language, .source} AS article,
       COUNT { (:Entity)-[:MENTIONED_IN]->(a) } AS entities,
       COUNT { ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.article = a.id } AS relations`;

/** Where an article was read from, and the hash of that file then. */
export const ARTICLE_FILE = `
MATCH (a:Article {id: $id})
RETURN a.source AS source, a.hash AS hash`;

/** The sentences of an article's evidence, each once, in reading order (the per-type indexes). */
export const ARTICLE_SENTENCES = `
MATCH ()-[r:${RELATION_TYPES.join('|')}]->()
WHERE r.article = $id
WITH DISTINCT r.start AS start, r.end AS end, r.evidence AS text
RETURN start, end, text
ORDER BY start, end
LIMIT $limit`;

export const STATS_ARTICLES = `
MATCH (a:Article)
RETURN count(a) AS articles, min(left(a.published, 10)) AS from, max(left(a.published, 10)) AS to`;

export const STATS_ENTITY_TYPES = `
MATCH (e:Entity)
RETURN e.type AS type, count(e) AS count`;

/**
 * Relations of each type, from Neo4j's count store: one lookup a type, not a walk over all. The
 * count comes before the type's name: counted beside a literal, count(r) became a grouping that
 * scanned every relationship of the type (100k at 10k articles).
 */
export const STATS_RELATION_TYPES = RELATION_TYPES.map(
  (type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS type, count`,
).join('\nUNION ALL\n');

/**
 * Cypher an analyst can paste into Neo4j Browser to see a view there: the same tests as the
 * view's queries, with the values written in as literals (JSON's syntax is valid Cypher), since
 * the Browser has no parameters. `focus`: the entities the view is centred on, if any.
 */
export function viewCypher(
  filters: FilterValues,
  focus: readonly string[] | null,
  limit: number,
): string {
  const lit = (value: unknown) => JSON.stringify(value);
  const tests = [
    `type(r) IN ${lit(filters.relations)}`,
    ...testsOn(filters, 'entity', 'a'),
    ...testsOn(filters, 'entity', 'b'),
    ...testsOn(filters, 'relation', 'r'),
  ].map((test) => test.replace(/\$(\w+)/g, (_, key: string) => lit(filters[key as FilterKey])));
  if (focus) tests.push(`(a.id IN ${lit(focus)} OR b.id IN ${lit(focus)})`);
  return [
    'MATCH p = (a:Entity)-[r]->(b:Entity)',
    `WHERE ${tests.join('\n  AND ')}`,
    'RETURN p',
    `LIMIT ${limit}`,
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
